import { Badge, Box, Flex, Link, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import type { HomeBlock, HomeDesk, StoryLine } from '../../../shared/contracts/home';
import { useGetHomeDeskQuery } from '../api/newsroomApi';
import { langOf } from '../utils/articleList';
import { getTranslation } from '../utils/getTranslation';
import { editViewPath } from '../utils/importInput';
import { interfaceDirection } from '../utils/interfaceDirection';

/** Seconds after which the home page asks again when it opens (moves taken in the admin invalidate it at once). */
const FRESH_SECONDS = 30;

/** What each block's time is, and how much of it shows (today's schedule: the time of day only). */
const TIME_OF: Record<HomeBlock, { id: string; defaultMessage: string; timeOnly?: boolean }> = {
  assignedToMe: { id: 'home.time.moved', defaultMessage: 'Last moved {time}' },
  inReview: { id: 'home.time.moved', defaultMessage: 'Last moved {time}' },
  changesRequested: { id: 'home.time.moved', defaultMessage: 'Last moved {time}' },
  scheduledToday: { id: 'home.time.scheduled', defaultMessage: 'Goes live at {time}', timeOnly: true },
  recentlyPublished: { id: 'home.time.published', defaultMessage: 'Published {time}' },
};

const EMPTY: Record<HomeBlock, string> = {
  assignedToMe: 'Nothing is assigned to you.',
  inReview: 'No story is waiting for review.',
  changesRequested: 'No changes were requested on your stories.',
  scheduledToday: 'Nothing is scheduled for today.',
  recentlyPublished: 'Nothing was published recently.',
};

const Line = ({ line, block, desk }: { line: StoryLine; block: HomeBlock; desk: HomeDesk }) => {
  const { formatMessage, locale: uiLocale } = useIntl();
  const lang = langOf(uiLocale);
  const time = line.at
    ? new Intl.DateTimeFormat(lang === 'ar' ? 'ar' : 'en-GB', {
        ...(TIME_OF[block].timeOnly ? {} : { dateStyle: 'medium' }),
        timeStyle: 'short',
        // 24-hour, as the newsroom writes its times (status/NewsroomTimeInput.tsx).
        hourCycle: 'h23',
        timeZone: desk.timezone,
      }).format(new Date(line.at))
    : null;
  const language = new Intl.DisplayNames([lang], { type: 'language' }).of(line.locale) ?? line.locale;
  const { id, defaultMessage } = TIME_OF[block];
  return (
    <Box tag="li" paddingBottom={3} data-newsroom-story={line.documentId}>
      <Link tag={RouterLink} to={editViewPath(line.documentId, line.locale)} lang={line.locale}>
        {/* The headline in its own direction: a mixed one («حلف NATO يضم 32 دولة») reads in order in either UI. */}
        <bdi dir="auto">
          {line.title || formatMessage({ id: getTranslation('home.untitled'), defaultMessage: '(no headline)' })}
        </bdi>
      </Link>
      <Flex gap={2} wrap="wrap" paddingTop={1}>
        <Badge>{desk.stages[line.stage]?.[lang] ?? line.stage}</Badge>
        <Typography variant="pi" textColor="neutral600">
          {language}
        </Typography>
        {time ? (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: getTranslation(id), defaultMessage }, { time: <bdi key="time">{time}</bdi> })}
          </Typography>
        ) : null}
      </Flex>
      {line.reason ? (
        <Typography variant="pi" textColor="neutral700" tag="p">
          {formatMessage({ id: getTranslation('home.reason'), defaultMessage: 'Reason:' })}{' '}
          <bdi dir="auto">{line.reason}</bdi>
        </Typography>
      ) : null}
    </Box>
  );
};

const StoryBlock = ({ block }: { block: HomeBlock }) => {
  const { formatMessage, locale: uiLocale } = useIntl();
  const t = (key: string, defaultMessage: string) => formatMessage({ id: getTranslation(key), defaultMessage });
  const { data: desk, isError } = useGetHomeDeskQuery(undefined, { refetchOnMountOrArgChange: FRESH_SECONDS });
  if (isError) return <Widget.Error>{t('home.error', 'The newsroom’s blocks could not be loaded.')}</Widget.Error>;
  if (!desk) return <Widget.Loading>{t('workflow.loading', 'Loading')}</Widget.Loading>;
  const lines = desk.blocks[block];
  const scopeNote =
    block === 'inReview' && desk.inReviewScope === 'desk'
      ? t('home.inReview.myDesk', 'Stories in the sections of your desk.')
      : null;
  return (
    <Box data-newsroom-block={block} dir={interfaceDirection(uiLocale)}>
      {scopeNote ? (
        <Typography variant="pi" textColor="neutral600" tag="p">
          {scopeNote}
        </Typography>
      ) : null}
      {lines.length === 0 ? (
        <Box paddingTop={2} data-newsroom-empty={block}>
          <Typography textColor="neutral600">{t(`home.${block}.empty`, EMPTY[block])}</Typography>
        </Box>
      ) : (
        <Box tag="ul" paddingTop={scopeNote ? 2 : 0}>
          {lines.map((line) => (
            <Line key={`${line.documentId}:${line.locale}`} line={line} block={block} desk={desk} />
          ))}
        </Box>
      )}
    </Box>
  );
};

/** The widget component Strapi's home page loads for one block. */
export const storyBlockWidget = (block: HomeBlock) => {
  const Block = () => <StoryBlock block={block} />;
  Block.displayName = `NewsroomHome(${block})`;
  return Block;
};

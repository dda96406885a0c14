import { useEffect } from 'react';
import { Badge, Box, Button, Flex, Loader, Typography } from '@strapi/design-system';
import { useForm, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { CheckRequest, CopyDeskHint, CopyDeskStatus, PairEvidence } from '../../../shared/contracts/copydesk';
import { useWhenIdle } from '../hooks/useWhenIdle';
import { useCheckCopyDeskMutation, useGetCopyDeskHintsQuery } from '../api/newsroomApi';
import { getTranslation } from '../utils/getTranslation';

interface Props {
  documentId: string;
  locale: string;
}

const FIELD_KEYS = {
  title: 'copydesk.field.title',
  standfirst: 'copydesk.field.standfirst',
  body: 'copydesk.field.body',
} as const;

/** One neighbour's counts, written as the phrases themselves: «رئيس اللجنة» 124 · «رئيس الجنة» 0. */
const PairLine = ({
  pair,
  hint,
  neighbourFirst,
}: {
  pair: PairEvidence;
  hint: CopyDeskHint;
  neighbourFirst: boolean;
}) => {
  const phrase = (word: string) => (neighbourFirst ? `${pair.neighbour} ${word}` : `${word} ${pair.neighbour}`);
  return (
    <Typography tag="p" variant="pi" dir="rtl">
      «{phrase(hint.suggestion)}» {pair.suggestionPairCount} · «{phrase(hint.word)}» {pair.wordPairCount}
    </Typography>
  );
};

type Translate = (id: string, defaultMessage: string, params?: Record<string, string | number>) => string;

/** What the desk can find now: word list only, learning (how much it has read), or ready; and how to teach it. */
const StatusNote = ({
  status,
  t,
  formatNumber,
}: {
  status: CopyDeskStatus;
  t: Translate;
  formatNumber: (value: number) => string;
}) => {
  const learned = formatNumber(status.learnedWords);
  const ready = formatNumber(status.readyWords);
  const text = {
    wordList: t(
      'copydesk.state.wordList',
      'Word list only: words missing from the dictionary are found. The context model, which finds typos that make another real word (الجنة for اللجنة), has not learned yet.',
    ),
    learning: t(
      'copydesk.state.learning',
      'Learning: the context model has read {learned} of the {ready} words it needs. It may miss typos that make another real word.',
      { learned, ready },
    ),
    ready: t('copydesk.state.ready', 'Ready: word list and context model ({learned} words).', { learned }),
  }[status.state];
  return (
    <Box
      padding={3}
      hasRadius
      background={status.state === 'ready' ? 'success100' : 'warning100'}
      data-copydesk-state={status.state}
    >
      <Typography tag="p" variant="pi">
        {text}
      </Typography>
      {status.wordListLoaded ? null : (
        <Typography tag="p" variant="pi">
          {t('copydesk.state.noWordList', 'The word list is not loaded yet.')}
        </Typography>
      )}
      {status.building ? (
        <Typography tag="p" variant="pi">
          {t('copydesk.state.building', 'The model is being built in the background now.')}
        </Typography>
      ) : null}
      {status.state === 'ready' ? null : (
        <Typography tag="p" variant="pi" textColor="neutral700">
          {t(
            'copydesk.state.howToTeach',
            'To teach it: import your archive with npm run import -- <archive> --publish, or name a news corpus in NEWSROOM_CORPUS (see .env.example).',
          )}
        </Typography>
      )}
    </Box>
  );
};

/**
 * The hints for the article: each word in its context, the suggested spelling and the archive's counts.
 * Hints only: nothing here edits the text; the writer corrects it in the form if they agree.
 */
export const CopyDeskHints = ({ documentId, locale }: Props) => {
  const { formatMessage, formatNumber } = useIntl();
  const { toggleNotification } = useNotification();
  const values = useForm('CopyDeskHints', (state) => state.values) as CheckRequest;
  const modified = useForm('CopyDeskHints', (state) => state.modified);
  const t: Translate = (id, defaultMessage, params) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, params);

  // The stored draft's hints, until the writer checks the unsaved text: then the last check's.
  // Read once the form is on screen (see useWhenIdle): a long story's check is the screen's heaviest request.
  const idle = useWhenIdle();
  const saved = useGetCopyDeskHintsQuery({ documentId, locale }, { skip: !idle });
  const [check, checked] = useCheckCopyDeskMutation();
  const shown = checked.isUninitialized ? saved : checked;
  const hints: CopyDeskHint[] | null = shown.isError ? [] : (shown.data?.hints ?? null);
  const status: CopyDeskStatus | undefined = shown.data?.status;

  // Reported from an effect: a request that ends after the edit view is left reports nothing.
  const failed = shown.isError;
  useEffect(() => {
    if (failed)
      toggleNotification({
        type: 'danger',
        message: formatMessage({
          id: getTranslation('copydesk.error.load'),
          defaultMessage: 'Could not load the copy-desk hints',
        }),
      });
  }, [failed, toggleNotification, formatMessage]);

  /** The form as it is now, saved or not. */
  const checkCurrent = () => {
    void check({ title: values.title ?? '', standfirst: values.standfirst ?? '', body: values.body ?? [] });
  };

  if (hints === null) return <Loader small>{t('copydesk.loading', 'Checking the text')}</Loader>;

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      {modified ? (
        <Button size="S" variant="secondary" onClick={() => void checkCurrent()}>
          {t('copydesk.checkUnsaved', 'Check the unsaved text')}
        </Button>
      ) : null}
      {status ? <StatusNote status={status} t={t} formatNumber={formatNumber} /> : null}
      {hints.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {status && status.state !== 'ready'
            ? t(
                'copydesk.emptyWordList',
                'No words missing from the dictionary. Typos that make another real word cannot be judged yet.',
              )
            : t('copydesk.empty', 'No likely typos found.')}
        </Typography>
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {t(
            'copydesk.intro',
            'Possible missing doubled letters. Nothing is changed: correct the text yourself if you agree.',
          )}
        </Typography>
      )}
      {hints.map((hint) => (
        <Box key={`${hint.field}-${hint.start}`} padding={3} hasRadius borderColor="neutral200" background="neutral0">
          <Flex justifyContent="space-between" gap={2}>
            <Typography fontWeight="bold" dir="rtl">
              {hint.word} ← {hint.suggestion}
            </Typography>
            <Badge>{t(FIELD_KEYS[hint.field], hint.field)}</Badge>
          </Flex>
          <Typography tag="p" variant="pi" dir="rtl" textColor="neutral700">
            …{hint.context.before}
            <Typography variant="pi" fontWeight="bold" textColor="danger600">
              {hint.word}
            </Typography>
            {hint.context.after}…
          </Typography>
          <Box paddingTop={2}>
            {hint.evidence ? (
              <>
                <Typography tag="p" variant="pi" textColor="neutral600">
                  {t(
                    'copydesk.evidence',
                    'In the archive: {suggestion} {suggestionCount} times, {word} {wordCount} times',
                    {
                      suggestion: hint.suggestion,
                      suggestionCount: hint.evidence.suggestionCount,
                      word: hint.word,
                      wordCount: hint.evidence.wordCount,
                    },
                  )}
                </Typography>
                {hint.evidence.before ? <PairLine pair={hint.evidence.before} hint={hint} neighbourFirst /> : null}
                {hint.evidence.after ? (
                  <PairLine pair={hint.evidence.after} hint={hint} neighbourFirst={false} />
                ) : null}
              </>
            ) : (
              <Typography tag="p" variant="pi" textColor="neutral600">
                {t('copydesk.source.wordList', 'Not in the dictionary; «{suggestion}» is', {
                  suggestion: hint.suggestion,
                })}
              </Typography>
            )}
          </Box>
        </Box>
      ))}
    </Flex>
  );
};

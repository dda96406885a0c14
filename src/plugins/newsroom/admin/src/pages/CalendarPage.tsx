import { useEffect, useState } from 'react';
import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useGetCalendarQuery, useMoveArticleMutation, useMovePlanMutation } from '../api/newsroomApi';
import { CalendarFilters, type Filters } from '../components/calendar/CalendarFilters';
import { FeedAddress } from '../components/calendar/FeedAddress';
import { KIND_COLOURS, PlanningCalendar } from '../components/calendar/PlanningCalendar';
import { useAssignees } from '../hooks/useAssignees';
import { ARTICLE_UID } from '../../../core/model';
import { instantOfWallDate } from '../../../core/calendar/days';
import { CALENDAR_KINDS, type CalendarEntry, type CalendarKind } from '../../../shared/contracts/calendar';
import { langOf } from '../utils/articleList';
import { errorMessage, isolated } from '../utils/errorMessage';
import { getTranslation } from '../utils/getTranslation';

const KIND_DEFAULTS: Record<CalendarKind, string> = {
  planned: 'Planned',
  scheduled: 'Scheduled',
  published: 'Published',
  embargo: 'Embargo ends',
};

/** The visible days as the server's range: the newsroom's midnights (a day's start in a DST gap: its UTC one). */
const rangeOf = (days: { start: Date; end: Date }, timezone: string) => ({
  from: instantOfWallDate(days.start, timezone) ?? days.start.toISOString(),
  to: instantOfWallDate(days.end, timezone) ?? days.end.toISOString(),
});

/**
 * The planning calendar (issue #18 item 4; README → Planning calendar), at /plugins/newsroom/calendar: per article
 * locale its planned, scheduled, published and embargo times in month, week and day views, filtered by section,
 * topic, assignee and stage. Dragging a schedule is the workflow's `schedule` transition (a refusal comes back as
 * a message and the event goes back); dragging a plan moves the plan only. `?date=YYYY-MM-DD` opens on that day.
 */
const CalendarPage = () => {
  const { formatMessage, locale: uiLocale } = useIntl();
  const lang = langOf(uiLocale);
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const initialDate = /^\d{4}-\d{2}-\d{2}$/.test(searchParams.get('date') ?? '')
    ? (searchParams.get('date') ?? undefined)
    : undefined;
  const { toggleNotification } = useNotification();
  const t = (key: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(key), defaultMessage }, values);
  const [days, setDays] = useState<{ start: Date; end: Date } | null>(null);
  const [filters, setFilters] = useState<Filters>({});
  const [timezone, setTimezone] = useState<string | null>(null);
  const calendar = useGetCalendarQuery(
    { ...rangeOf(days ?? { start: new Date(0), end: new Date(0) }, timezone ?? 'UTC'), ...filters },
    { skip: days === null },
  );
  const data = calendar.data;
  // The first answer names the newsroom's zone; the range is then its midnights (one more request, once).
  useEffect(() => {
    if (data && data.timezone !== timezone) setTimezone(data.timezone);
  }, [data, timezone]);
  const assignees = useAssignees();
  const [moveArticle] = useMoveArticleMutation();
  const [movePlan] = useMovePlanMutation();
  const kindLabel = (kind: CalendarKind) => t(`calendar.kind.${kind}`, KIND_DEFAULTS[kind]);

  const move = async (entry: CalendarEntry, start: Date): Promise<boolean> => {
    const zone = data?.timezone ?? 'UTC';
    const at = instantOfWallDate(start, zone);
    if (at === null) {
      toggleNotification({
        type: 'warning',
        message: t('calendar.move.noSuchTime', "That time does not exist in the newsroom's zone (a clock change)"),
      });
      return false;
    }
    try {
      if (entry.kind === 'scheduled')
        await moveArticle({
          documentId: entry.documentId,
          body: { transition: 'schedule', locale: entry.locale, scheduleAt: at, expectedVersion: entry.version },
        }).unwrap();
      else await movePlan({ documentId: entry.documentId, body: { locale: entry.locale, plannedAt: at } }).unwrap();
      toggleNotification({
        type: 'success',
        message:
          entry.kind === 'scheduled'
            ? t('calendar.move.rescheduled', 'Rescheduled')
            : t('calendar.move.planMoved', 'Plan moved'),
      });
      return true;
    } catch (error) {
      toggleNotification({ type: 'danger', message: isolated(errorMessage(error, lang)) });
      return false;
    }
  };

  const open = (entry: CalendarEntry) =>
    navigate(
      `/content-manager/collection-types/${ARTICLE_UID}/${entry.documentId}?plugins[i18n][locale]=${entry.locale}`,
    );

  const title = t('calendar.title', 'Planning calendar');
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Box dir={lang === 'ar' ? 'rtl' : 'ltr'} data-newsroom-calendar-page="">
        <Layouts.Header
          title={title}
          subtitle={
            data
              ? t('calendar.subtitle', "Times in the newsroom's zone: {zone}", { zone: data.timezone })
              : t('workflow.loading', 'Loading')
          }
        />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <CalendarFilters
              data={data}
              assignees={assignees}
              lang={lang}
              value={filters}
              onChange={setFilters}
              t={t}
            />
            <Flex gap={4} wrap="wrap" data-newsroom-calendar-legend="">
              {CALENDAR_KINDS.map((kind) => (
                <Flex key={kind} gap={1}>
                  <Box width="1rem" height="1rem" hasRadius style={{ background: KIND_COLOURS[kind] }} />
                  <Typography variant="pi">{kindLabel(kind)}</Typography>
                </Flex>
              ))}
              {calendar.isFetching ? <Loader small>{t('workflow.loading', 'Loading')}</Loader> : null}
            </Flex>
            {calendar.error ? (
              <Typography textColor="danger600" data-newsroom-calendar-error="">
                {errorMessage(calendar.error, lang)}
              </Typography>
            ) : null}
            {data?.truncated ? (
              <Typography textColor="warning600">
                {t('calendar.truncated', 'Only the first {n} entries are shown: filter or pick a shorter view', {
                  n: data.limits.maxEntries,
                })}
              </Typography>
            ) : null}
            <PlanningCalendar
              data={data}
              lang={lang}
              kindLabel={kindLabel}
              onRange={(start, end) =>
                // FullCalendar reports its days again on each render: a state change only when they moved.
                setDays((shown) =>
                  shown && shown.start.getTime() === start.getTime() && shown.end.getTime() === end.getTime()
                    ? shown
                    : { start, end },
                )
              }
              onMove={move}
              onOpen={open}
              initialDate={initialDate}
            />
            <FeedAddress lang={lang} t={t} />
          </Flex>
        </Layouts.Content>
      </Box>
    </Page.Main>
  );
};

export default CalendarPage;

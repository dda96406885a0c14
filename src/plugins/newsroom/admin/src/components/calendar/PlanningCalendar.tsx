import { useMemo } from 'react';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import interactionPlugin from '@fullcalendar/interaction';
import arLocale from '@fullcalendar/core/locales/ar';
import type {
  DatesSetArg,
  DayCellContentArg,
  DayHeaderContentArg,
  EventContentArg,
  EventDropArg,
  EventInput,
} from '@fullcalendar/core';
import type { CalendarData, CalendarEntry, CalendarKind } from '../../../../shared/contracts/calendar';
import type { Lang } from '../../../../shared/contracts/workflow';
import { dayOf, hijriDayLabel, wallTimeIn } from '../../../../core/calendar/days';

/** Each kind's colour (the legend uses the same). */
export const KIND_COLOURS: Record<CalendarKind, string> = {
  planned: '#7b61ff',
  scheduled: '#0c75af',
  published: '#328048',
  embargo: '#d02b20',
};

interface Props {
  data: CalendarData | undefined;
  lang: Lang;
  kindLabel: (kind: CalendarKind) => string;
  /** The visible days changed (FullCalendar's dates: UTC fields hold the newsroom's wall dates). */
  onRange: (start: Date, end: Date) => void;
  /** A dropped entry; resolves to false when the move was refused (the event goes back). */
  onMove: (entry: CalendarEntry, start: Date) => Promise<boolean>;
  onOpen: (entry: CalendarEntry) => void;
  /** The day to open on (`YYYY-MM-DD`, from the page's `?date=`); today otherwise. */
  initialDate?: string;
}

const HOUR_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

const eventOf = (entry: CalendarEntry, timezone: string): EventInput => ({
  id: entry.id,
  title: entry.title,
  start: wallTimeIn(entry.at, timezone),
  allDay: false,
  editable: entry.movable,
  startEditable: entry.movable,
  durationEditable: false,
  backgroundColor: KIND_COLOURS[entry.kind],
  borderColor: KIND_COLOURS[entry.kind],
  classNames: [`newsroom-calendar-${entry.kind}`],
  extendedProps: { entry },
});

/**
 * FullCalendar (month, week, day) in the interface's language and direction: right to left with its Arabic
 * locale. It runs in UTC and is given the newsroom's wall times (core/calendar/days.ts), so the clock shown is
 * the newsroom's whatever the browser's zone. The Hijri date (Umm al-Qura, with the newsroom's offset) is beside
 * the Gregorian one in each day header and month cell.
 */
export function PlanningCalendar({ data, lang, kindLabel, onRange, onMove, onOpen, initialDate }: Props) {
  const timezone = data?.timezone ?? 'UTC';
  const offset = data?.hijriOffsetDays ?? 0;
  // The same array while the answer is the same: FullCalendar re-renders every event for a new one.
  const events = useMemo(() => (data?.entries ?? []).map((entry) => eventOf(entry, timezone)), [data, timezone]);

  const dayHeader = (arg: DayHeaderContentArg) =>
    arg.view.type === 'dayGridMonth' ? (
      arg.text
    ) : (
      <span data-newsroom-day-header="">
        <span>{arg.text}</span>
        <span className="newsroom-calendar-hijri" data-newsroom-hijri="">
          {hijriDayLabel(dayOf(arg.date), lang, offset)}
        </span>
      </span>
    );

  const dayCell = (arg: DayCellContentArg) => (
    <span data-newsroom-day-cell="">
      <span>{arg.dayNumberText}</span>
      {arg.view.type === 'dayGridMonth' ? (
        <span className="newsroom-calendar-hijri" data-newsroom-hijri="">
          {hijriDayLabel(dayOf(arg.date), lang, offset, 'dayMonth')}
        </span>
      ) : null}
    </span>
  );

  const eventContent = (arg: EventContentArg) => {
    const entry = arg.event.extendedProps.entry as CalendarEntry;
    return (
      <span className="newsroom-calendar-event" data-newsroom-entry={entry.id} data-movable={String(entry.movable)}>
        <b>{arg.timeText}</b> <span>{kindLabel(entry.kind)}</span>{' '}
        <bdi dir="auto" lang={entry.locale}>
          {entry.title}
        </bdi>
      </span>
    );
  };

  const drop = async (arg: EventDropArg) => {
    const entry = arg.event.extendedProps.entry as CalendarEntry;
    if (!arg.event.start || !(await onMove(entry, arg.event.start))) arg.revert();
  };

  return (
    <div className="newsroom-calendar" data-newsroom-calendar="">
      <style>{CALENDAR_CSS}</style>
      <FullCalendar
        plugins={[dayGridPlugin, timeGridPlugin, interactionPlugin]}
        initialView="dayGridMonth"
        initialDate={initialDate}
        locales={[arLocale]}
        locale={lang === 'ar' ? 'ar' : 'en-gb'}
        direction={lang === 'ar' ? 'rtl' : 'ltr'}
        timeZone="UTC"
        headerToolbar={{ start: 'prev,next today', center: 'title', end: 'dayGridMonth,timeGridWeek,timeGridDay' }}
        buttonText={lang === 'ar' ? undefined : { today: 'Today', month: 'Month', week: 'Week', day: 'Day' }}
        height="auto"
        dayMaxEvents={4}
        eventDisplay="block"
        eventTimeFormat={HOUR_FORMAT}
        slotLabelFormat={HOUR_FORMAT}
        events={events}
        editable
        eventDurationEditable={false}
        datesSet={(arg: DatesSetArg) => onRange(arg.start, arg.end)}
        dayHeaderContent={dayHeader}
        dayCellContent={dayCell}
        eventContent={eventContent}
        eventDrop={(arg) => void drop(arg)}
        eventClick={(arg) => onOpen(arg.event.extendedProps.entry as CalendarEntry)}
      />
    </div>
  );
}

// Small additions to FullCalendar's own CSS (which it injects itself): the Hijri line, events that wrap.
const CALENDAR_CSS = `
.newsroom-calendar [data-newsroom-day-cell] { display: flex; flex-direction: column; align-items: flex-end; }
.newsroom-calendar [data-newsroom-day-header] { display: flex; flex-direction: column; align-items: center; }
.newsroom-calendar .newsroom-calendar-hijri { font-size: 0.75em; color: #666687; font-weight: normal; }
.newsroom-calendar .fc-event { cursor: pointer; }
.newsroom-calendar .fc-daygrid-event { white-space: normal; }
.newsroom-calendar .newsroom-calendar-event { overflow: hidden; }
.newsroom-calendar .fc-daygrid-event .newsroom-calendar-event { color: inherit; }
`;

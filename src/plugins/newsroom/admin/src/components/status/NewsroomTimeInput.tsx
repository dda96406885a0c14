import { Field, TextInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { describeTypedTime, readTypedTime, toWesternDigits } from '../../../../core/workflow/wall-time-input';
import { getTranslation } from '../../utils/getTranslation';

interface Props {
  /** The typed text (`2026-12-06 14:30`): the parent keeps it and reads it with readTypedTime on submit. */
  value: string;
  onChange: (value: string) => void;
  /** The newsroom's zone (the workflow state's `timezone`), shown beside the label. */
  timeZone: string;
}

/**
 * A schedule or plan time as the newsroom writes it: 24-hour, in the newsroom's zone, the same in every browser
 * (the browser's datetime picker shows `mm/dd/yyyy` and AM/PM to some users and never the zone). Under the input,
 * what the text means — weekday, date, time and zone, and the Hijri date — or why it cannot be read.
 */
export const NewsroomTimeInput = ({ value, onChange, timeZone }: Props) => {
  const { formatMessage, locale } = useIntl();
  const lang = locale.startsWith('ar') ? 'ar' : 'en';
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const read = value.trim() === '' ? null : readTypedTime(value, timeZone);
  const meaning = read?.ok ? describeTypedTime(read.at, timeZone, lang) : null;
  const error =
    read && !read.ok
      ? read.reason === 'nonexistent'
        ? t('workflow.time.nonexistent', 'This time does not exist in {zone}: the clocks skip it.', { zone: timeZone })
        : t('workflow.time.format', 'Write the date and time as 2026-12-06 14:30 (24-hour).')
      : undefined;

  return (
    <Field.Root name="newsroom-time" error={error}>
      <Field.Label>{t('workflow.time.label', 'When (24-hour)')}</Field.Label>
      <TextInput
        dir="ltr"
        inputMode="numeric"
        autoComplete="off"
        placeholder="2026-12-06 14:30"
        value={value}
        // Arabic-Indic digits typed are shown as the digits the field is written in: in a left-to-right field they
        // would otherwise be drawn time first (bidi reorders runs of Arabic numbers).
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(toWesternDigits(event.target.value))}
        data-newsroom-time-input
      />
      {/* Not Field.Hint: its text is aligned left whatever the language; this one takes the text's direction. */}
      <Typography variant="pi" textColor="neutral600" tag="p" dir="auto" data-newsroom-time-meaning>
        {meaning ? `${meaning.gregorian} · ${meaning.hijri}` : t('workflow.time.example', 'e.g. 2026-12-06 14:30')}
      </Typography>
      <Typography variant="pi" textColor="neutral600" tag="p" dir="auto">
        {t('workflow.time.zone', 'Newsroom time: {zone}', { zone: timeZone })}
      </Typography>
      <Field.Error />
    </Field.Root>
  );
};

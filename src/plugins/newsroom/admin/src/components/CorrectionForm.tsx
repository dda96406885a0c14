import { Field, Flex, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { CorrectionKind, RepublishView } from '../../../shared/contracts/corrections';
import type { Bilingual, Lang } from '../../../shared/contracts/workflow';
import { directionOf } from '../../../core/locale/direction';
import { getTranslation } from '../utils/getTranslation';

/** What the editor says about a changed live story being published again: its kind and, unless silent, a note per locale. */
export interface CorrectionDraft {
  kind: CorrectionKind | '';
  notes: Record<string, string>;
}

interface Props {
  republish: RepublishView;
  kindLabels: Record<string, Bilingual>;
  lang: Lang;
  /** The locales being published: one note each, written in that locale's language and direction. */
  locales: string[];
  value: CorrectionDraft;
  onChange: (value: CorrectionDraft) => void;
}

/** Ready to send: a kind, and a note in every locale unless the change is silent. */
export const correctionReady = (draft: CorrectionDraft, locales: string[]): boolean =>
  draft.kind !== '' &&
  (draft.kind === 'silent' || locales.every((locale) => (draft.notes[locale] ?? '').trim() !== ''));

/** The body's `change`: one note for one locale, one per locale for several; none when silent. */
export const changeOf = (draft: CorrectionDraft, locales: string[]) => {
  if (draft.kind === '') return undefined;
  if (draft.kind === 'silent') return { kind: draft.kind };
  const [only] = locales;
  return {
    kind: draft.kind,
    note:
      locales.length === 1 && only
        ? (draft.notes[only] ?? '').trim()
        : Object.fromEntries(locales.map((l) => [l, (draft.notes[l] ?? '').trim()])),
  };
};

export const CorrectionForm = ({ republish, kindLabels, lang, locales, value, onChange }: Props) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const label = (kind: string) => kindLabels[kind]?.[lang] ?? kind;

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-newsroom-correction-form>
      <Typography variant="pi" textColor="neutral600">
        {t('corrections.explain', 'This story is live and its text changed: say what kind of change readers get.')}
      </Typography>
      <Field.Root
        name="correction-kind"
        required
        hint={
          republish.kinds.includes('correction')
            ? undefined
            : t('corrections.editorOnly', 'Corrections and clarifications need an Editor.')
        }
      >
        <Field.Label>{t('corrections.kind', 'Kind of change')}</Field.Label>
        <SingleSelect
          placeholder={t('corrections.choose', 'Choose')}
          value={value.kind}
          onChange={(kind: string | number) => onChange({ ...value, kind: String(kind) as CorrectionKind })}
        >
          {republish.kinds.map((kind) => (
            <SingleSelectOption key={kind} value={kind}>
              {label(kind)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Hint />
      </Field.Root>
      {value.kind !== '' && value.kind !== 'silent'
        ? locales.map((locale) => (
            <Field.Root key={locale} name={`correction-note-${locale}`} required>
              <Field.Label>
                {t('corrections.note', 'Public note ({locale}, up to {max} characters)', {
                  locale,
                  max: republish.maxNoteLength,
                })}
              </Field.Label>
              <Textarea
                value={value.notes[locale] ?? ''}
                maxLength={republish.maxNoteLength}
                lang={locale}
                dir={directionOf(locale)}
                onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) =>
                  onChange({ ...value, notes: { ...value.notes, [locale]: event.target.value } })
                }
              />
            </Field.Root>
          ))
        : null}
    </Flex>
  );
};

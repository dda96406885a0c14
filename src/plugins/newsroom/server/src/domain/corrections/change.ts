import { clean } from '../text/normalize';
import { versionName, type Bilingual } from '../../../../core/workflow/messages';
import {
  CORRECTION_KINDS,
  CORRECTION_KIND_LABELS,
  EDITOR_KINDS,
  MAX_NOTE_LENGTH,
  isCorrectionKind,
  isPublicKind,
  type CorrectionKind,
} from './kinds';

/**
 * The `change` an editor sends with the publish of a live story whose text changed: its kind, and a public note
 * per locale (one string for the locale being published, or `{ ar, en }` when several are published at once).
 * Checked here per locale; the request's shape (types, rough sizes) is checked before, at the route.
 */
export interface ChangeInput {
  readonly kind?: string;
  readonly note?: string | Readonly<Record<string, string>>;
}

export interface AcceptedChange {
  readonly ok: true;
  readonly kind: CorrectionKind;
  /** Cleaned (domain/text `clean`); null for a silent change. */
  readonly note: string | null;
}

export type ChangeRefusalCode =
  | 'CHANGE_KIND_REQUIRED'
  | 'CHANGE_KIND_INVALID'
  | 'CHANGE_NOTE_REQUIRED'
  | 'CHANGE_NOTE_TOO_LONG'
  | 'CHANGE_NOTE_NOT_ALLOWED'
  | 'CORRECTION_NEEDS_EDITOR';

export interface ChangeRefusal {
  readonly ok: false;
  readonly status: 400 | 403;
  readonly code: ChangeRefusalCode;
  /** The request field at fault: `change.kind`, `change.note` or `change.note.<locale>`. */
  readonly field: string;
  readonly message: Bilingual;
  readonly limit?: number;
}

export interface ChangeContext {
  readonly locale: string;
  /** Whoever may approve (domain/workflow `editorKind`): only they record corrections and clarifications. */
  readonly editor: boolean;
}

const KIND_LIST = CORRECTION_KINDS.join(', ');
const KIND_LIST_AR = CORRECTION_KINDS.map((kind) => `${kind} (${CORRECTION_KIND_LABELS[kind].ar})`).join('، ');
const MAX_ECHO = 40;
/** "an update", "a correction": the kind as the English messages name it. */
const withArticle = (kind: CorrectionKind): string => {
  const name = CORRECTION_KIND_LABELS[kind].en.toLowerCase();
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
};

const refused = (
  status: 400 | 403,
  code: ChangeRefusalCode,
  field: string,
  message: Bilingual,
  limit?: number,
): ChangeRefusal => ({
  ok: false,
  status,
  code,
  field,
  message: { en: `${field}: ${message.en}`, ar: `${field}: ${message.ar}` },
  ...(limit === undefined ? {} : { limit }),
});

/** The note for `locale` and the field that names it. */
function noteFor(change: ChangeInput, locale: string): { field: string; text: string | undefined } {
  const { note } = change;
  if (note === undefined || typeof note === 'string') return { field: 'change.note', text: note };
  return { field: `change.note.${locale}`, text: Object.hasOwn(note, locale) ? note[locale] : undefined };
}

/** Checks the change sent for one locale of a changed live story: kind, who may record it, and its note. */
export function checkChange(change: ChangeInput | undefined, context: ChangeContext): AcceptedChange | ChangeRefusal {
  const version = versionName(context.locale);
  if (change?.kind === undefined || change.kind === '') {
    return refused(400, 'CHANGE_KIND_REQUIRED', 'change.kind', {
      en: `${version.en} changed since it was published: say what kind of change goes live (${KIND_LIST})`,
      ar: `تغيّرت ${version.ar} منذ نشرها: حدّد نوع التغيير الذي يُنشر (${KIND_LIST_AR})`,
    });
  }
  if (!isCorrectionKind(change.kind)) {
    const shown = change.kind.slice(0, MAX_ECHO);
    return refused(400, 'CHANGE_KIND_INVALID', 'change.kind', {
      en: `unknown kind “${shown}”; one of ${KIND_LIST}`,
      ar: `نوع غير معروف «${shown}»؛ الأنواع: ${KIND_LIST_AR}`,
    });
  }
  const kind = change.kind;
  const label = CORRECTION_KIND_LABELS[kind];
  if (EDITOR_KINDS.includes(kind) && !context.editor) {
    return refused(403, 'CORRECTION_NEEDS_EDITOR', 'change.kind', {
      en: `only an Editor may publish ${withArticle(kind)}`,
      ar: `لا ينشر «${label.ar}» إلا محرر`,
    });
  }
  const { field, text } = noteFor(change, context.locale);
  const note = text === undefined ? '' : clean(text).trim();
  if (!isPublicKind(kind)) {
    if (note === '') return { ok: true, kind, note: null };
    return refused(400, 'CHANGE_NOTE_NOT_ALLOWED', field, {
      en: 'a silent change has no public note; choose update, correction or clarification to show one',
      ar: 'التعديل الصامت بلا ملاحظة علنية؛ اختر التحديث أو التصحيح أو التوضيح لإظهار ملاحظة',
    });
  }
  if (note === '') {
    return refused(400, 'CHANGE_NOTE_REQUIRED', field, {
      en: `${withArticle(kind)} needs a public note for ${version.en}, in its language (up to ${MAX_NOTE_LENGTH} characters)`,
      ar: `يلزم «${label.ar}» ملاحظةٌ علنية لـ${version.ar} بلغتها (حتى ${MAX_NOTE_LENGTH} حرف)`,
    });
  }
  const length = [...note].length;
  if (length > MAX_NOTE_LENGTH) {
    return refused(
      400,
      'CHANGE_NOTE_TOO_LONG',
      field,
      {
        en: `the note has ${length} characters; the limit is ${MAX_NOTE_LENGTH}`,
        ar: `في الملاحظة ${length} حرفًا، والحد ${MAX_NOTE_LENGTH} حرف`,
      },
      MAX_NOTE_LENGTH,
    );
  }
  return { ok: true, kind, note };
}

/**
 * Whether a move is the publish of a live story whose draft differs from what is live: only then is a change
 * recorded. `liveHash` is null when nothing is live (a first publication needs no note).
 */
export function isChangedRepublish(move: {
  readonly transition: string;
  readonly stage: string;
  readonly liveHash: string | null;
  readonly draftHash: string | null;
}): boolean {
  return (
    move.transition === 'publish' &&
    move.stage === 'published' &&
    move.liveHash !== null &&
    move.draftHash !== null &&
    move.liveHash !== move.draftHash
  );
}

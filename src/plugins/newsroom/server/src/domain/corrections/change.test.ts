import { MAX_NOTE_LENGTH, checkChange, isChangedRepublish } from '.';

const editor = { locale: 'ar', editor: true };
const author = { locale: 'ar', editor: false };

describe('checkChange', () => {
  it('refuses a changed republish without a kind, naming change.kind in English and Arabic', () => {
    for (const change of [undefined, {}, { kind: '' }]) {
      const result = checkChange(change, editor);
      expect(result).toMatchObject({ ok: false, status: 400, code: 'CHANGE_KIND_REQUIRED', field: 'change.kind' });
      if (result.ok) continue;
      expect(result.message.en).toMatch(/^change\.kind: the Arabic version changed since it was published/);
      expect(result.message.ar).toMatch(/^change\.kind: تغيّرت النسخة العربية منذ نشرها/);
    }
  });

  it('refuses an unknown kind, echoing it bounded', () => {
    const result = checkChange({ kind: 'retraction'.repeat(10), note: 'x' }, editor);
    expect(result).toMatchObject({ ok: false, status: 400, code: 'CHANGE_KIND_INVALID', field: 'change.kind' });
    if (!result.ok) expect(result.message.en.length).toBeLessThan(200);
  });

  it('accepts a silent change without a note, and refuses one with a note', () => {
    expect(checkChange({ kind: 'silent' }, author)).toEqual({ ok: true, kind: 'silent', note: null });
    expect(checkChange({ kind: 'silent', note: '  ' }, author)).toEqual({ ok: true, kind: 'silent', note: null });
    expect(checkChange({ kind: 'silent', note: 'خطأ مطبعي' }, editor)).toMatchObject({
      ok: false,
      code: 'CHANGE_NOTE_NOT_ALLOWED',
      field: 'change.note',
    });
  });

  it('needs a note for every public kind', () => {
    for (const kind of ['update', 'correction', 'clarification']) {
      expect(checkChange({ kind }, editor)).toMatchObject({
        ok: false,
        code: 'CHANGE_NOTE_REQUIRED',
        field: 'change.note',
      });
      expect(checkChange({ kind, note: '\u200f \u202e ' }, editor)).toMatchObject({
        ok: false,
        code: 'CHANGE_NOTE_REQUIRED',
      });
    }
    const update = checkChange({ kind: 'update' }, editor);
    if (!update.ok) expect(update.message.en).toContain('an update needs a public note for the Arabic version');
  });

  it('gives corrections and clarifications to Editors only (403), updates to anyone who may publish', () => {
    for (const kind of ['correction', 'clarification']) {
      const refused = checkChange({ kind, note: 'صُحّح عدد الضحايا' }, author);
      expect(refused).toMatchObject({ ok: false, status: 403, code: 'CORRECTION_NEEDS_EDITOR', field: 'change.kind' });
      expect(checkChange({ kind, note: 'صُحّح عدد الضحايا' }, editor)).toMatchObject({ ok: true, kind });
    }
    expect(checkChange({ kind: 'update', note: 'أضيفت تصريحات الوزير' }, author)).toMatchObject({ ok: true });
  });

  it('cleans the note and holds it to the limit, counting characters not UTF-16 units', () => {
    expect(checkChange({ kind: 'update', note: '  أضيفت\u202e تصريحات  ' }, editor)).toEqual({
      ok: true,
      kind: 'update',
      note: 'أضيفت تصريحات',
    });
    expect(checkChange({ kind: 'update', note: '😀'.repeat(MAX_NOTE_LENGTH) }, editor)).toMatchObject({ ok: true });
    const long = checkChange({ kind: 'update', note: 'ب'.repeat(MAX_NOTE_LENGTH + 1) }, editor);
    expect(long).toMatchObject({ ok: false, code: 'CHANGE_NOTE_TOO_LONG', limit: MAX_NOTE_LENGTH });
    if (!long.ok) expect(long.message.ar).toContain(`والحد ${MAX_NOTE_LENGTH} حرف`);
  });

  it('reads a note per locale when several locales are published at once, naming the missing one', () => {
    const notes = { kind: 'correction', note: { ar: 'صُحّح الاسم', en: '' } };
    expect(checkChange(notes, editor)).toMatchObject({ ok: true, note: 'صُحّح الاسم' });
    const english = checkChange(notes, { locale: 'en', editor: true });
    expect(english).toMatchObject({ ok: false, code: 'CHANGE_NOTE_REQUIRED', field: 'change.note.en' });
    if (!english.ok) expect(english.message.en).toContain('the English version');
    expect(checkChange({ kind: 'update', note: { ar: 'x' } }, { locale: 'fr', editor: true })).toMatchObject({
      field: 'change.note.fr',
    });
  });
});

describe('isChangedRepublish', () => {
  const live = { transition: 'publish', stage: 'published', liveHash: 'a', draftHash: 'b' };
  it('is the publish of a live locale whose draft differs from what is live', () => {
    expect(isChangedRepublish(live)).toBe(true);
    expect(isChangedRepublish({ ...live, draftHash: 'a' })).toBe(false);
    expect(isChangedRepublish({ ...live, liveHash: null })).toBe(false);
    expect(isChangedRepublish({ ...live, stage: 'approved' })).toBe(false);
    expect(isChangedRepublish({ ...live, transition: 'unpublish' })).toBe(false);
  });
});

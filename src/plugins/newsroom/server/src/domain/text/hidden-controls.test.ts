import fc from 'fast-check';
import { removeHiddenControls } from './hidden-controls';

const RLO = '\u202E';
const PDF = '\u202C';
const ZWNJ = '\u200C';
const ZWJ = '\u200D';
const LRM = '\u200E';
const RLM = '\u200F';

/**
 * Everything that must never survive: embeddings, overrides, isolates, zero-width and control characters (VT, FF
 * and NEL are line breaks, kept like LF).
 */
const REMOVED =
  // eslint-disable-next-line no-control-regex -- the C0/C1 control characters are what this pattern is about
  /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u180E\u200B\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/;

describe('removeHiddenControls', () => {
  it('removes overrides, embeddings and isolates, which reorder what follows', () => {
    expect(removeHiddenControls(`عاجل ${RLO}txt.exe${PDF} الآن`)).toBe('عاجل txt.exe الآن');
    expect(removeHiddenControls('\u202A\u202B\u202Dأ\u2066ب\u2067ج\u2068د\u2069')).toBe('أبجد');
  });

  it('removes zero-width, deprecated format and control characters', () => {
    expect(removeHiddenControls('بي\u200Bروت\u2060 \uFEFFدمشق\u0000\u001B\u009F\u206E')).toBe('بيروت دمشق');
    expect(removeHiddenControls('a\u180Eb\uFFF9c\uFFFBd')).toBe('abcd');
  });

  it('keeps tab and line breaks (multi-line fields) and leaves clean text as it is', () => {
    expect(removeHiddenControls('سطر\tأول\r\nسطر ثان\n')).toBe('سطر\tأول\r\nسطر ثان\n');
    const plain = 'حلف NATO 32 دولة';
    expect(removeHiddenControls(plain)).toBe(plain);
  });

  it('keeps LRM, RLM and ALM (no scope: they place neutral characters), one of a run', () => {
    expect(removeHiddenControls(`${RLM}NATO تقول`)).toBe(`${RLM}NATO تقول`);
    expect(removeHiddenControls(`NATO${LRM} (الحلف)`)).toBe(`NATO${LRM} (الحلف)`);
    expect(removeHiddenControls(`أ${RLM}${RLM}\u200B${RLM}ب\u061C\u061C`)).toBe(`أ${RLM}ب\u061C`);
    expect(removeHiddenControls(`أ${RLM}${LRM}ب`)).toBe(`أ${RLM}${LRM}ب`);
  });

  it('keeps ZWNJ and ZWJ between visible characters (Persian, emoji), one of a run, none at the edges', () => {
    expect(removeHiddenControls(`می${ZWNJ}خواهد`)).toBe(`می${ZWNJ}خواهد`);
    expect(removeHiddenControls(`👩${ZWJ}💻`)).toBe(`👩${ZWJ}💻`);
    expect(removeHiddenControls(`می${ZWNJ}${ZWNJ}${ZWJ}خواهد`)).toBe(`می${ZWNJ}خواهد`);
    expect(removeHiddenControls(`${ZWNJ}${ZWJ}خبر ${ZWNJ}عاجل${ZWJ} اليوم${ZWNJ}`)).toBe('خبر عاجل اليوم');
    expect(removeHiddenControls(`می${ZWNJ}\u200Bخواهد`)).toBe(`می${ZWNJ}خواهد`);
  });

  it('leaves nothing of a field made of hidden characters only', () => {
    expect(removeHiddenControls(`${RLO}${PDF}\u200B\uFEFF${ZWNJ}${ZWJ}\u2066\u2069`)).toBe('');
  });

  it('reports a value that is not a string as a caller bug', () => {
    expect(() => removeHiddenControls(42 as unknown as string)).toThrow(
      'removeHiddenControls: text must be a string, got number',
    );
  });
});

describe('removeHiddenControls, whatever the string', () => {
  const tricky = fc.string({
    unit: fc.constantFrom(
      'ا',
      'ب',
      'a',
      ' ',
      '\n',
      '\t',
      '😀',
      '\uD800',
      RLO,
      PDF,
      '\u2066',
      '\u2069',
      '\u202A',
      ZWNJ,
      ZWJ,
      LRM,
      RLM,
      '\u061C',
      '\u200B',
      '\u2060',
      '\uFEFF',
      '\u0000',
      '\u206E',
    ),
    maxLength: 60,
  });
  const inputs: ReadonlyArray<[string, fc.Arbitrary<string>]> = [
    ['full unicode', fc.string({ unit: 'binary', maxLength: 120 })],
    ['UTF-16 code units with lone surrogates', fc.string16bits({ maxLength: 120 })],
    ['hidden characters densely mixed', tricky],
  ];
  const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

  it.each(inputs)(
    '%s: never throws, removes every override, isolate and zero-width character, is idempotent',
    (_name, input) => {
      fc.assert(
        fc.property(input, (text) => {
          const once = removeHiddenControls(text);
          expect(once).not.toMatch(REMOVED);
          expect(removeHiddenControls(once)).toBe(once);
          // Joiners only between two visible characters, never doubled.
          expect(once).not.toMatch(
            /^[\u200C\u200D]|[\u200C\u200D]$|[\u200C\u200D]{2}|\s[\u200C\u200D]|[\u200C\u200D]\s/,
          );
        }),
        RUNS,
      );
    },
  );

  it.each(inputs)('%s: what remains is the input in order, less only hidden characters', (_name, input) => {
    fc.assert(
      fc.property(input, (text) => {
        const visible = (value: string) =>
          value.replace(
            // eslint-disable-next-line no-control-regex -- the C0/C1 control characters are what this pattern is about
            /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g,
            '',
          );
        expect(visible(removeHiddenControls(text))).toBe(visible(text));
      }),
      RUNS,
    );
  });
});

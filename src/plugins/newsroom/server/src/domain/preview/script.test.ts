import { foreignScriptOf } from './script';

describe('foreignScriptOf', () => {
  it('is null when the text has a letter of the page script or no letter', () => {
    expect(foreignScriptOf('قال NATO', 'Arab')).toBeNull();
    expect(foreignScriptOf('32 - 5%', 'Arab')).toBeNull();
    expect(foreignScriptOf('The word سلام', 'Latn')).toBeNull();
  });

  it('names the one other script of all the letters', () => {
    expect(foreignScriptOf('"We will win," he said.', 'Arab')).toBe('Latn');
    expect(foreignScriptOf('Erdoğan 2024', 'Arab')).toBe('Latn');
    expect(foreignScriptOf('مرحبا بكم', 'Latn')).toBe('Arab');
    expect(foreignScriptOf('שלום', 'Arab')).toBe('Hebr');
  });

  it('is unknown for other scripts or a mix of foreign ones', () => {
    expect(foreignScriptOf('Привет', 'Arab')).toBe('unknown');
    expect(foreignScriptOf('Hello שלום', 'Arab')).toBe('unknown');
    expect(foreignScriptOf('𐐷', 'Arab')).toBe('unknown');
  });
});

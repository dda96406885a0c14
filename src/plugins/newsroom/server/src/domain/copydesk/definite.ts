/**
 * The one word class the model knows: definite (it carries the article ال, alone or after و ف ب ك,
 * or as the لل of لـ + ال) or not. Most dropped doubled letters change exactly that — لتعاون for
 * للتعاون, and الجنة/اللجنة sit in the same slots — and the class says what may stand next to a word
 * when the archive has never seen the exact pair: a definite adjective (المستمر) follows definite
 * nouns, a construct noun (لموانئ) is followed by its genitive (اليمن).
 */
const DEFINITE_PREFIXES = ['ال', 'لل', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل'];

/** Whether a spelling key starts with the definite article (and has a word after it). */
export function isDefinite(key: string): boolean {
  if (key.length < 4) return false; // الى, الا (إلى, إلا without hamza) are particles
  for (const prefix of DEFINITE_PREFIXES) if (key.startsWith(prefix) && key.length - prefix.length >= 2) return true;
  return false;
}

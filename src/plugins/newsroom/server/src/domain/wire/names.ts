import { matchKey } from '../text/normalize';
import { agencyNamedBy } from './agencies';

/**
 * Identity keys for the people and sources an import finds or creates. `matchKey` already folds hamza,
 * taa marbuta, tashkeel, tatweel and case; a person's key also closes the space that copy writes or
 * leaves out in compound names ("أشرف عبد الحميد" / "أشرف عبدالحميد", "نور الدين" / "نورالدين",
 * "غسان أبو اللوز" / "غسان أبواللوز"), seen in the archive's bylines for the same person.
 */
const COMPOUND_OPENERS = /(^| )(عبد|ابو|ابي|بو) (?=\S)/g;
const COMPOUND_CLOSERS = / (?=الدين( |$)|الله( |$))/g;

export function personKey(name: string): string {
  return matchKey(name).replace(COMPOUND_OPENERS, '$1$2').replace(COMPOUND_CLOSERS, '');
}

/** A source is the agency it names whatever the alias ("وكالة فرانس برس", "أ ف ب" → "فرانس برس"), else its key. */
export function sourceKey(name: string): string {
  return matchKey(agencyNamedBy(name) ?? name);
}

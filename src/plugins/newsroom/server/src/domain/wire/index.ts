export { parseWireCopy, proposeTitle } from './parse-wire';
export type { ParsedWireCopy, WireSection } from './parse-wire';
export { isBareUuid, parseBylineLine, splitAtDashes, splitPersons } from './byline';
export type { Byline } from './byline';
export { KNOWN_AGENCIES, agencyMentionsIn, agencyNamedBy } from './agencies';
export type { AgencyDefinition } from './agencies';

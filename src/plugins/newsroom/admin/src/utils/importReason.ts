/**
 * Why the import skipped or updated a story, in the interface's language. The server gives the reason as an
 * English sentence (the command line prints it too); the admin knows its few sentences and shows each through
 * its own messages, and anything else as sent.
 */
type Translate = (id: string, defaultMessage: string, values?: Record<string, string>) => string;

const REASONS: Record<string, string> = {
  'same content already imported': 'import.reason.sameContent',
  'already imported': 'import.reason.alreadyImported',
  'a different version is published; not overwritten': 'import.reason.publishedDiffers',
  'a different version exists that you may not edit': 'import.reason.notYours',
  'new version of the story': 'import.reason.newVersion',
  'an older version than the one imported': 'import.reason.olderVersion',
  'no longer an update of that story': 'import.reason.noLongerUpdate',
};

const ALSO_FILED = /^also filed under the (.+) section$/;

export const importReason = (reason: string, t: Translate): string => {
  const key = REASONS[reason];
  if (key) return t(key, reason);
  const section = ALSO_FILED.exec(reason)?.[1];
  return section ? t('import.reason.alsoFiled', reason, { section }) : reason;
};

export {
  DEFAULT_SLUG_MAX_BYTES,
  SLUG_REGEX_SOURCE,
  encodedLength,
  makeSlug,
  resolveSlugMode,
  truncateSlug,
  uniqueSlug,
} from './slug';
export type { SlugMode } from './slug';

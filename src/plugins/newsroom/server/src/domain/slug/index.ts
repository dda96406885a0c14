export {
  DEFAULT_SLUG_FALLBACK,
  DEFAULT_SLUG_MAX_BYTES,
  MIN_SLUG_MAX_BYTES,
  SLUG_REGEX_SOURCE,
  encodedLength,
  isValidSlug,
  makeSlug,
  resolveSlugMode,
  truncateSlug,
  uniqueSlug,
} from './slug';
export type { SlugMode, SlugOptions, UniqueSlugOptions } from './slug';

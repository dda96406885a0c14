import type { WireInputError } from './errors';
import type { ParsedStory } from './story';

/** What a reader yields for each story of an input: the story, or why that story could not be read. */
export type InputItem = { story: ParsedStory } | { error: WireInputError };

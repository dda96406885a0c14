import type { ParsedStory } from './story';

/** One story or input that did not import: the file, the line when known, and why. */
export interface WireFailure {
  file: string;
  line?: number;
  reason: string;
}

/**
 * A failure from whatever was thrown: a WireInputError keeps its file and line; any other error (Strapi's
 * validation names its fields in details.errors[].path) is placed at the story's origin, else in `file`.
 */
export function failureOf(error: unknown, story?: ParsedStory, file?: string): WireFailure {
  const input = error as { name?: unknown; file?: unknown; line?: unknown; reason?: unknown } | null;
  if (input && input.name === 'WireInputError' && typeof input.file === 'string') {
    const line = typeof input.line === 'number' ? { line: input.line } : {};
    return { file: input.file, ...line, reason: typeof input.reason === 'string' ? input.reason : String(error) };
  }
  const details = (error as { details?: { errors?: Array<{ path?: string[]; message?: string }> } } | null)?.details;
  const fields = details?.errors?.map((item) => `${(item.path ?? []).join('.')}: ${item.message ?? ''}`).join('; ');
  const message = error instanceof Error ? error.message : String(error);
  return {
    file: story?.origin.file ?? file ?? '?',
    ...(story ? { line: story.origin.line } : {}),
    reason: fields ? `${message} (${fields})` : message,
  };
}

/**
 * The edit view's "Direction check": the bidi hazards of the text core (text/bidi.ts) in an
 * article's title, standfirst and body, each located (field, line), shown in context, and with a
 * concrete fix. Nothing is applied automatically: the editor decides.
 *
 * Two kinds of fix: an invisible bidi control is removed (the corrected line is given), because
 * controls typed or pasted into copy survive into feeds and push notifications where nobody sees
 * them; a Latin or number run is isolated, which our preview, API consumers that read `dir` and
 * the site do with `<bdi>`, so the fix to show is the run as it will be isolated, and for a
 * headline that starts with a Latin word (read left to right under dir="auto"), rewording so it
 * starts with Arabic.
 */
import { analyzeBidi, type BidiHazardKind, type BidiSuggestion } from '../text/bidi';
import { plainTextFromBlocks, type Block } from '../text/word-count';

export type CheckedField = 'title' | 'standfirst' | 'body';

export interface DirectionCheckInput {
  title?: string | null;
  standfirst?: string | null;
  body?: readonly Block[] | null;
}

export interface DirectionFinding {
  field: CheckedField;
  /** 1-based line of the field (body: one line per block; title and standfirst: their lines). */
  line: number;
  /** The run at fault, as written. */
  text: string;
  /** Up to CONTEXT characters either side, for the editor to find it. */
  context: string;
  kind: BidiHazardKind;
  suggestion: BidiSuggestion;
  /** The line with the bidi controls removed (remove-bidi-control only). */
  corrected?: string;
}

export const CONTEXT = 24;
/** A long article can have many numbers: the panel lists the first ones, and says how many there are. */
export const MAX_FINDINGS = 50;

export interface DirectionCheck {
  findings: DirectionFinding[];
  /** All hazards found, including those beyond MAX_FINDINGS. */
  total: number;
}

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const contextOf = (line: string, start: number, end: number): string => {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(line.length, end + CONTEXT);
  return `${from > 0 ? '…' : ''}${line.slice(from, to).replace(BIDI_CONTROLS, '')}${to < line.length ? '…' : ''}`;
};

const linesOf = (input: DirectionCheckInput): Array<{ field: CheckedField; lines: string[] }> => [
  { field: 'title', lines: (input.title ?? '').split('\n') },
  { field: 'standfirst', lines: (input.standfirst ?? '').split('\n') },
  { field: 'body', lines: plainTextFromBlocks(input.body ?? []).split('\n') },
];

export function checkDirection(input: DirectionCheckInput): DirectionCheck {
  const findings: DirectionFinding[] = [];
  let total = 0;
  for (const { field, lines } of linesOf(input)) {
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      for (const hazard of analyzeBidi(line).hazards) {
        total += 1;
        if (findings.length >= MAX_FINDINGS) continue;
        findings.push({
          field,
          line: index + 1,
          text: hazard.text,
          context: contextOf(line, hazard.start, hazard.end),
          kind: hazard.kind,
          suggestion: hazard.suggestion,
          ...(hazard.suggestion === 'remove-bidi-control' ? { corrected: line.replace(BIDI_CONTROLS, '') } : {}),
        });
      }
    });
  }
  return { findings, total };
}

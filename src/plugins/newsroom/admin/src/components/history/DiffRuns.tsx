import type { CSSProperties } from 'react';
import type { TextRun } from '../../../../shared/contracts/history';

/**
 * Words kept, inserted and deleted. Inserted runs are `<ins>` (green, underlined), deleted runs `<del>` (red,
 * struck through): the marks carry the meaning for people who do not see the colours, and screen readers
 * announce them. `unicode-bidi: isolate` keeps a marked Latin word or number from reordering its Arabic
 * neighbours.
 */
const MARK: Record<'insert' | 'delete', CSSProperties> = {
  insert: {
    background: '#c6f0c2',
    color: '#1d4d1a',
    textDecoration: 'underline',
    textDecorationThickness: '2px',
    unicodeBidi: 'isolate',
    borderRadius: '2px',
  },
  delete: {
    background: '#fbd3d3',
    color: '#6b1414',
    textDecoration: 'line-through',
    textDecorationThickness: '2px',
    unicodeBidi: 'isolate',
    borderRadius: '2px',
  },
};

export const DiffRuns = ({ runs }: { runs: readonly TextRun[] }) => (
  <>
    {runs.map((run, index) => {
      const key = `${index}-${run.op}`;
      if (run.op === 'insert')
        return (
          <ins key={key} style={MARK.insert} data-diff="insert">
            {run.text}
          </ins>
        );
      if (run.op === 'delete')
        return (
          <del key={key} style={MARK.delete} data-diff="delete">
            {run.text}
          </del>
        );
      return <span key={key}>{run.text}</span>;
    })}
  </>
);

import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { DiffResponse } from '../../../../shared/contracts/history';
import { getTranslation } from '../../utils/getTranslation';
import { countWords, diffRows, type DiffRow } from '../../utils/historyRows';
import { DiffRuns } from './DiffRuns';

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  slug: 'Slug',
  standfirst: 'Standfirst',
  body: 'Body',
  dateline: 'Dateline',
  sourceUrl: 'Source URL',
  cover: 'Cover image',
  authors: 'Authors',
  topics: 'Topics',
  sources: 'Sources',
};

const BLOCK_OPS: Record<string, string> = {
  insert: 'Inserted',
  delete: 'Deleted',
  move: 'Moved',
  change: 'Changed',
};

const CHANGE_KINDS: Record<string, string> = {
  'tashkeel-only': 'Diacritics only',
  'punctuation-only': 'Punctuation only',
  'whitespace-only': 'Spacing only',
  format: 'Formatting only',
};

/** The changes between two versions, field by field: labels in the page's direction, the text in the article's. */
export const DiffView = ({ diff }: { diff: DiffResponse['data'] }) => {
  const { formatMessage } = useIntl();
  const t = (key: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(key), defaultMessage }, values);
  const rows = diffRows(diff);
  const words = countWords(rows);
  const fieldLabel = (field: string) => t(`history.field.${field}`, FIELD_LABELS[field] ?? field);
  const shown = (value: string | boolean) =>
    typeof value === 'boolean' ? (value ? t('history.yes', 'Yes') : t('history.no', 'No')) : value;
  const kindBadge = (kind: string | undefined) =>
    kind && CHANGE_KINDS[kind] ? <Badge>{t(`history.kind.${kind}`, CHANGE_KINDS[kind])}</Badge> : null;

  const renderRow = (row: DiffRow, index: number) => {
    switch (row.kind) {
      case 'text':
        return (
          <Box key={index} data-diff-field={row.field}>
            <Flex gap={2}>
              <Typography variant="sigma" textColor="neutral600">
                {fieldLabel(row.field)}
              </Typography>
              {kindBadge(row.change)}
            </Flex>
            <Typography tag="p" variant="omega" lineHeight="2" dir={diff.direction}>
              <DiffRuns runs={row.runs} />
            </Typography>
          </Box>
        );
      case 'unchanged-blocks':
        return (
          <Typography key={index} tag="p" variant="pi" textColor="neutral500">
            {t('history.unchangedBlocks', '{count, plural, one {# block unchanged} other {# blocks unchanged}}', {
              count: row.count,
            })}
          </Typography>
        );
      case 'block':
        return (
          <Box
            key={index}
            data-diff-block={row.op}
            padding={3}
            hasRadius
            borderColor={row.op === 'insert' ? 'success200' : row.op === 'delete' ? 'danger200' : 'neutral200'}
            borderStyle={row.op === 'move' ? 'dashed' : 'solid'}
            borderWidth="1px"
          >
            <Flex gap={2} wrap="wrap">
              <Badge>{t(`history.block.${row.op}`, BLOCK_OPS[row.op])}</Badge>
              <Typography variant="pi" textColor="neutral600">
                <bdi>{row.blockTypeBefore ? `${row.blockTypeBefore} → ${row.blockType}` : row.blockType}</bdi>
                {row.op === 'move'
                  ? ` · ${t('history.movedFromTo', 'from position {from} to {to}', { from: row.from ?? '?', to: row.to ?? '?' })}`
                  : ` · ${t('history.position', 'position {n}', { n: row.to ?? row.from ?? '?' })}`}
              </Typography>
              {kindBadge(row.change)}
            </Flex>
            <Typography tag="p" variant="omega" lineHeight="2" dir={diff.direction} style={{ whiteSpace: 'pre-line' }}>
              <DiffRuns runs={row.runs} />
            </Typography>
          </Box>
        );
      case 'relation':
        return (
          <Box key={index} data-diff-field={row.field}>
            <Typography variant="sigma" textColor="neutral600">
              {fieldLabel(row.field)}
            </Typography>
            <Typography tag="p" variant="omega">
              {row.added.map((id) => (
                <ins key={`+${id}`} style={{ textDecoration: 'underline', background: '#c6f0c2', marginInlineEnd: 8 }}>
                  + <bdi>{id}</bdi>
                </ins>
              ))}
              {row.reordered ? (
                <Typography variant="pi" textColor="neutral600">
                  {t('history.reordered', 'Order changed')}{' '}
                </Typography>
              ) : null}
              {row.removed.map((id) => (
                <del
                  key={`-${id}`}
                  style={{ textDecoration: 'line-through', background: '#fbd3d3', marginInlineEnd: 8 }}
                >
                  − <bdi>{id}</bdi>
                </del>
              ))}
            </Typography>
          </Box>
        );
      case 'value':
        return (
          <Box key={index} data-diff-field={row.field}>
            <Typography variant="sigma" textColor="neutral600">
              {fieldLabel(row.field)}
            </Typography>
            <Typography tag="p" variant="omega">
              <del style={{ textDecoration: 'line-through', background: '#fbd3d3' }}>
                <bdi>{shown(row.from)}</bdi>
              </del>
              {' → '}
              <ins style={{ textDecoration: 'underline', background: '#c6f0c2' }}>
                <bdi>{shown(row.to)}</bdi>
              </ins>
            </Typography>
          </Box>
        );
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-newsroom-diff="">
      <Typography variant="pi" textColor="neutral600">
        {t('history.wordsChanged', '{inserted} words inserted, {deleted} deleted', words)}
      </Typography>
      {rows.length === 0 ? (
        <Typography textColor="neutral600">{t('history.noChanges', 'No differences.')}</Typography>
      ) : (
        rows.map(renderRow)
      )}
    </Flex>
  );
};

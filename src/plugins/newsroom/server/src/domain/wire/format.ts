import type { WireFormat } from './story';

/**
 * Which reader a file needs, from its name and its first characters: JSON lines (.jsonl, .jsonl.gz,
 * or a first line that is a JSON object), the archive's SGML form (a first tag <DOC>), else plain copy.
 */
export function detectWireFormat(fileName: string, head: string): WireFormat {
  const name = fileName.toLowerCase();
  if (/\.(jsonl|ndjson)(\.gz)?$/.test(name)) return 'ant-jsonl';
  if (/\.(sgml|sgm|trec)(\.gz)?$/.test(name)) return 'ant-sgml';
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<DOC>')) return 'ant-sgml';
  if (start.startsWith('{')) return 'ant-jsonl';
  return 'text';
}

import type { WireFormat } from './story';

/**
 * Which reader a file needs, from its name and its first characters (the first non-blank line, up to 200
 * bytes): JSON lines (.jsonl, .jsonl.gz, or a first line that is an archive record), the archive's SGML form
 * (a first tag <DOC>, whatever the name), ninjs (.json, a JSON document over several lines, or a first line with ninjs keys),
 * NewsML-G2 (.xml, an XML declaration, or a newsItem / newsMessage root), else plain copy.
 */
const NINJS_KEYS = /"(uri|guid|headlines|bodies|body_html|body_text|versioncreated|firstcreated|standard|type)"\s*:/;
const ARCHIVE_KEYS = /"(docno|author|abstract|category)"\s*:/;
const NEWSML_ROOT = /^<(\?xml|([\w-]+:)?(newsItem|newsMessage)\b)/;

export function detectWireFormat(fileName: string, head: string): WireFormat {
  const name = fileName.toLowerCase();
  if (/\.(jsonl|ndjson)(\.gz)?$/.test(name)) return 'ant-jsonl';
  if (/\.(sgml|sgm|trec)(\.gz)?$/.test(name)) return 'ant-sgml';
  if (/\.json(\.gz)?$/.test(name)) return 'ninjs';
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<DOC>')) return 'ant-sgml';
  if (/\.xml(\.gz)?$/.test(name)) return 'newsml-g2';
  if (NEWSML_ROOT.test(start)) return 'newsml-g2';
  if (start.startsWith('[')) return 'ninjs';
  if (start.startsWith('{')) {
    const firstLine = start.trimEnd();
    if (firstLine === '{' || (NINJS_KEYS.test(firstLine) && !ARCHIVE_KEYS.test(firstLine))) return 'ninjs';
    return 'ant-jsonl';
  }
  return 'text';
}

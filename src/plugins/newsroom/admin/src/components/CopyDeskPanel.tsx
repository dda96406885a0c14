import { articlePanel } from './articlePanel';
import { CopyDeskHints } from './CopyDeskHints';

/** "Copy desk": likely typos with the archive's evidence; never changes the text. */
export const CopyDeskPanel = articlePanel('copydesk.panel.title', 'Copy desk', CopyDeskHints);

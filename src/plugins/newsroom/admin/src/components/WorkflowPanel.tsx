import { articlePanel } from './articlePanel';
import { WorkflowControls } from './WorkflowControls';

/** "Workflow": the stage as a badge, the transitions the user may take, the history. */
export const WorkflowPanel = articlePanel('workflow.panel.title', 'Workflow', WorkflowControls);

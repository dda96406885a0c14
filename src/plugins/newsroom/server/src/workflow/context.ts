import { AsyncLocalStorage } from 'async_hooks';

/**
 * Marks the code the workflow itself runs (a transition's publish or unpublish effect, the scheduler, the
 * seed and the importer as the system): the publish guard lets these through and refuses every other path.
 */
interface WorkflowContext {
  readonly bypassGuard: true;
}

const storage = new AsyncLocalStorage<WorkflowContext>();

export const runAsWorkflow = <T>(work: () => Promise<T>): Promise<T> => storage.run({ bypassGuard: true }, work);
export const isWorkflowRun = (): boolean => storage.getStore()?.bypassGuard === true;

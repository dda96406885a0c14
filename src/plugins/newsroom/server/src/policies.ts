import previewToken from './preview/token-policy';
import publishedOnly from './content/published-only-policy';
import workflowRole from './workflow/role-policy';

export default {
  'preview-token': previewToken,
  'published-only': publishedOnly,
  'workflow-role': workflowRole,
};

import previewToken from './preview-token';
import publishedOnly from './published-only';
import workflowRole from './workflow-role';

export default {
  'preview-token': previewToken,
  'published-only': publishedOnly,
  'workflow-role': workflowRole,
};

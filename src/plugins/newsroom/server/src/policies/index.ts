import previewToken from './preview-token';
import publishedOnly from './published-only';

export default {
  'preview-token': previewToken,
  'published-only': publishedOnly,
};

import admin from './http/admin-routes';
import contentApi from './http/content-api-routes';

export default {
  admin,
  'content-api': contentApi,
};

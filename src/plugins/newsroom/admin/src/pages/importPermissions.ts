import { ARTICLE_UID } from '../../../core/model';
/** Who may import wire copy: whoever may create articles (Authors, Editors, Super Admins). */
export const IMPORT_PERMISSIONS = [{ action: 'plugin::content-manager.explorer.create', subject: ARTICLE_UID }];

import type { Core } from '@strapi/strapi';
import { getService } from './get-service';
import { isSluggedType } from './slugs/service';
import { registerScheduler } from './workflow/scheduler-cron';
import { registerNotifications } from './notifications/cron';
import {
  makeCommentsAppendOnly,
  makeCorrectionsAppendOnly,
  makeLedgerAppendOnly,
  makeVersionsAppendOnly,
} from './content/internal-types';

interface UidGenerateArgs {
  contentTypeUID: string;
  field: string;
  data: Record<string, unknown>;
  locale?: string;
}
interface ContentManagerUidService {
  generateUIDField(args: UidGenerateArgs): Promise<string>;
}

/**
 * The Content Manager proposes slugs through its own slugify (Latin transliteration). For the newsroom types
 * it asks the newsroom's generator instead, so the admin's (re)generate button gives what the server would.
 */
const bootstrap = async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  registerScheduler(strapi);
  registerNotifications(strapi);
  makeLedgerAppendOnly(strapi);
  makeVersionsAppendOnly(strapi);
  makeCorrectionsAppendOnly(strapi);
  makeCommentsAppendOnly(strapi);
  getService(strapi, 'locales').keepNewsroomLocales();
  // Connect to the cache's Redis now, not at the first request (whose calls would fail while it connects).
  await getService(strapi, 'responseCache').connect();
  // The copy desk's word list and context model load in the background, never in a request.
  getService(strapi, 'copydesk').start();
  const uidService = strapi.plugin('content-manager').service('uid') as ContentManagerUidService;
  const contentManagerGenerate = uidService.generateUIDField.bind(uidService);
  uidService.generateUIDField = async (args) => {
    if (!isSluggedType(args.contentTypeUID) || args.field !== 'slug') return contentManagerGenerate(args);
    const slugs = getService(strapi, 'slugs');
    const source = args.data[slugs.sourceFieldOf(args.contentTypeUID)];
    const documentId = typeof args.data.documentId === 'string' ? args.data.documentId : undefined;
    const text =
      typeof source === 'string' && source.trim() !== ''
        ? source
        : (args.contentTypeUID.split('.').pop() ?? 'untitled');
    return slugs.generate(args.contentTypeUID, text, args.locale ?? 'ar', documentId);
  };
};

export default bootstrap;

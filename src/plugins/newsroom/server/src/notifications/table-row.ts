import type { NotificationKind } from '../../../shared/contracts/notifications';

/** The columns of a notification row (plugin::newsroom.notification) that the centre and the mailer both read. */
export interface NotificationTableRow {
  id: number;
  kind: NotificationKind;
  target_document_id: string;
  locale: string;
  title: string | null;
  actor_name: string | null;
  excerpt: string | null;
}

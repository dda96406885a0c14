/**
 * The part of a Document Service middleware context these middlewares use. Strapi's own `Context` type is a
 * union over every content type and action, too wide to narrow on `action`; this view is what we read.
 */
export interface DocumentCall {
  uid: string;
  action: string;
  params: DocumentParams;
  contentType: { uid: string; options?: { draftAndPublish?: boolean } };
}

export interface DocumentParams {
  documentId?: string;
  locale?: string;
  status?: string;
  data?: Record<string, unknown>;
  [key: string]: unknown;
}

export type DocumentNext = () => Promise<unknown>;
export type DocumentMiddleware = (call: DocumentCall, next: DocumentNext) => Promise<unknown>;

import { ARTICLE_UID } from '../../../core/model';
import { DRAFT_VERSION_HEADER, type StaleSave } from '../../../shared/contracts/concurrency';

/**
 * The version of the draft each open article locale was loaded at, so the Content Manager's own save carries it.
 * The Content Manager sends no version of its own (its form drops `updatedAt`), and offers no hook into its
 * requests; it calls the global `fetch` (Strapi 5.54's getFetchClient). So `fetch` is wrapped, for the Content
 * Manager's one-article routes only: a draft read or a save answers `x-newsroom-version`, remembered per article
 * locale; a save (PUT, or Publish, which saves the form first) sends it back as `If-Match`; a 409 `STALE_VERSION`
 * is kept for the edit view to show (components/concurrency/EditingNotice.tsx) until a save goes through. The
 * Content Manager reads the document again after a refused save and its form takes the current version, so the
 * form and the base it sends stay in step. Every other request passes as is.
 */
const ARTICLE_ROUTE = new RegExp(
  `/content-manager/collection-types/${ARTICLE_UID.replace(/\./g, '\\.')}/([^/?#]+)(/actions/publish)?$`,
);

export interface ArticleRequest {
  documentId: string;
  locale: string;
  /** A save that must carry the base (PUT, or POST …/actions/publish). */
  saves: boolean;
}

/** The article locale a Content Manager request is about, or null for any other request. */
export const articleRequestOf = (url: string, method: string): ArticleRequest | null => {
  const parsed = new URL(url, 'http://admin.invalid');
  const match = ARTICLE_ROUTE.exec(decodeURIComponent(parsed.pathname));
  const documentId = match?.[1];
  if (!documentId || documentId === 'actions') return null;
  const verb = method.toUpperCase();
  const publishes = match[2] !== undefined;
  if (publishes ? verb !== 'POST' : verb !== 'GET' && verb !== 'PUT') return null;
  return { documentId, locale: parsed.searchParams.get('locale') ?? '', saves: verb !== 'GET' };
};

const keyOf = (documentId: string, locale: string) => `${documentId} ${locale}`;

const bases = new Map<string, string>();
const conflicts = new Map<string, StaleSave>();
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

/** For useSyncExternalStore: the latest refused stale save of an article locale. */
export const subscribeToConflicts = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
export const staleSaveOf = (documentId: string, locale: string): StaleSave | undefined =>
  conflicts.get(keyOf(documentId, locale));
export const baseVersionOf = (documentId: string, locale: string): string | undefined =>
  bases.get(keyOf(documentId, locale));

type ErrorBody = { error?: { details?: { code?: unknown; staleSave?: StaleSave } } };

const staleSaveIn = async (response: Response): Promise<StaleSave | null> => {
  try {
    const body = (await response.clone().json()) as ErrorBody;
    return body.error?.details?.code === 'STALE_VERSION' ? (body.error.details.staleSave ?? null) : null;
  } catch {
    return null;
  }
};

/** Notes what a response says about the article locale's draft version. */
const observe = async (request: ArticleRequest, response: Response): Promise<void> => {
  const key = keyOf(request.documentId, request.locale);
  const version = response.headers.get(DRAFT_VERSION_HEADER);
  if (response.ok && version) bases.set(key, version);
  // A save that went through puts an earlier refusal behind the user. (Not a read: the Content Manager reads the
  // document again right after a refused save, and its form then shows the current version, so the notice must
  // stay to say why the user's text is gone.)
  if (response.ok && request.saves && conflicts.delete(key)) changed();
  if (!response.ok && response.status === 409 && request.saves) {
    const staleSave = await staleSaveIn(response);
    if (staleSave) {
      conflicts.set(key, staleSave);
      changed();
    }
  }
};

type Fetch = typeof fetch;

/** `fetch` that adds the base to article saves and notes versions and refusals; other requests untouched. */
export const trackingDraftVersions =
  (inner: Fetch): Fetch =>
  async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? (typeof input === 'object' && 'method' in input ? input.method : 'GET');
    const request = articleRequestOf(url, method);
    if (!request) return inner(input, init);
    const base = request.saves ? bases.get(keyOf(request.documentId, request.locale)) : undefined;
    let response: Response;
    if (base) {
      const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
      headers.set('If-Match', base);
      response = await inner(input, { ...init, headers });
    } else {
      response = await inner(input, init);
    }
    await observe(request, response);
    return response;
  };

let installed = false;

/** Wraps `window.fetch` once (the plugin's bootstrap calls it). */
export const trackDraftVersions = (target: { fetch: Fetch } = window): void => {
  if (installed) return;
  installed = true;
  target.fetch = trackingDraftVersions(target.fetch.bind(target));
};

/** A cached public response: the serialized body, as sent. */
export interface CachedResponse {
  body: string;
  etag: string;
  contentType: string;
}

/**
 * Where responses are kept: Redis (shared by every instance, so an eviction on one is seen by all) or this
 * process's memory (one instance only). `generation` changes at every eviction: a response computed while
 * something was evicted is not stored, so a read racing a publish cannot put the old version back.
 */
export interface ResponseStore {
  readonly kind: 'redis' | 'memory';
  get(key: string): Promise<CachedResponse | null>;
  generation(): Promise<string>;
  put(
    key: string,
    response: CachedResponse,
    tags: readonly string[],
    ttlSeconds: number,
    seenGeneration: string,
  ): Promise<void>;
  evict(tags: readonly string[]): Promise<number>;
  clear(): Promise<void>;
  close(): Promise<void>;
  /** Resolves true once connected (at once for memory), false after `ms`. */
  ready(ms: number): Promise<boolean>;
}

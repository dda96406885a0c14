/**
 * HTTP load with autocannon (programmatic API), typed for the scripts. autocannon ships no types,
 * so only the part of its API used here is declared.
 */

/** hdr-histogram-percentiles-obj, as autocannon reports `latency` (ms) and `requests` (per second). */
export interface Histogram {
  min: number;
  max: number;
  average: number;
  stddev: number;
  p2_5: number;
  p50: number;
  p75: number;
  p90: number;
  p97_5: number;
  p99: number;
  p99_9: number;
}

export interface AutocannonResult {
  url: string;
  latency: Histogram;
  requests: Histogram & { total: number; sent: number };
  throughput: Histogram & { total: number };
  duration: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  non2xx: number;
  connections: number;
  statusCodeStats?: Record<string, { count: number }>;
  warmup?: AutocannonResult;
}

interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  workers?: number;
  timeout?: number;
  warmup?: { connections: number; duration: number };
}

type Autocannon = (options: AutocannonOptions) => Promise<AutocannonResult> & { stop(): void };

export interface LoadOptions {
  url: string;
  connections: number;
  /** Measured seconds. */
  durationSeconds: number;
  /** Seconds of load before the measurement, same connections; 0 for none. */
  warmupSeconds: number;
  /**
   * Worker threads that make the requests (0: on this thread). With a server in the same process a
   * worker keeps the client's work (parsing responses) off the server's event loop.
   */
  workers: number;
}

export async function runLoad(options: LoadOptions): Promise<AutocannonResult> {
  const autocannon = require('autocannon') as Autocannon;
  return autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 10,
    ...(options.workers > 0 ? { workers: options.workers } : {}),
    ...(options.warmupSeconds > 0
      ? { warmup: { connections: options.connections, duration: options.warmupSeconds } }
      : {}),
  });
}

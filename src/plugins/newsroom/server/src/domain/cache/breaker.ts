/**
 * A circuit breaker for the response cache's store: after `failureThreshold` failures (errors or timeouts) in a
 * row it opens and the store is not called for `coolDownMs`; then one probe is let through (half-open): a
 * success closes it, a failure opens it for another cool-down. While it is open a read costs nothing extra,
 * so a dead or hung Redis slows no request beyond the first few timeouts.
 */
export interface BreakerOptions {
  failureThreshold: number;
  coolDownMs: number;
}

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface Breaker {
  /** Whether a call may go to the store now (in half-open, true for the one probe only). */
  allow(): boolean;
  success(): void;
  /** Records a failure; true when it opened a closed breaker (a failed probe re-opens it quietly: log once per outage). */
  failure(): boolean;
  state(): BreakerState;
}

export function createBreaker({ failureThreshold, coolDownMs }: BreakerOptions, now: () => number = Date.now): Breaker {
  let state: BreakerState = 'closed';
  let failures = 0;
  let openedAt = 0;
  let probing = false;

  const open = () => {
    state = 'open';
    openedAt = now();
    probing = false;
  };

  return {
    allow() {
      if (state === 'closed') return true;
      if (state === 'open') {
        if (now() - openedAt < coolDownMs) return false;
        state = 'half-open';
        probing = false;
      }
      if (probing) return false;
      probing = true;
      return true;
    },
    success() {
      state = 'closed';
      failures = 0;
      probing = false;
    },
    failure() {
      if (state === 'half-open') {
        open();
        return false;
      }
      if (state === 'open') return false; // a call started before it opened
      failures += 1;
      if (failures < failureThreshold) return false;
      open();
      return true;
    },
    state: () => state,
  };
}

import { createBreaker } from './breaker';

const clock = () => {
  let time = 1000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
};

describe('createBreaker', () => {
  it('stays closed below the threshold, and a success resets the count', () => {
    const time = clock();
    const breaker = createBreaker({ failureThreshold: 3, coolDownMs: 500 }, time.now);
    expect(breaker.failure()).toBe(false);
    expect(breaker.failure()).toBe(false);
    breaker.success();
    expect(breaker.failure()).toBe(false);
    expect(breaker.failure()).toBe(false);
    expect(breaker.state()).toBe('closed');
    expect(breaker.allow()).toBe(true);
  });

  it('opens at the threshold (reported once) and refuses every call during the cool-down', () => {
    const time = clock();
    const breaker = createBreaker({ failureThreshold: 2, coolDownMs: 500 }, time.now);
    breaker.failure();
    expect(breaker.failure()).toBe(true);
    expect(breaker.state()).toBe('open');
    // Calls that started before it opened and fail afterwards neither re-report nor extend it.
    expect(breaker.failure()).toBe(false);
    time.advance(499);
    expect(breaker.allow()).toBe(false);
  });

  it('lets exactly one probe through after the cool-down; its success closes the breaker', () => {
    const time = clock();
    const breaker = createBreaker({ failureThreshold: 1, coolDownMs: 500 }, time.now);
    breaker.failure();
    time.advance(500);
    expect(breaker.allow()).toBe(true);
    expect(breaker.state()).toBe('half-open');
    expect(breaker.allow()).toBe(false);
    expect(breaker.allow()).toBe(false);
    breaker.success();
    expect(breaker.state()).toBe('closed');
    expect(breaker.allow()).toBe(true);
    expect(breaker.allow()).toBe(true);
  });

  it('re-opens for a whole cool-down when the probe fails', () => {
    const time = clock();
    const breaker = createBreaker({ failureThreshold: 1, coolDownMs: 500 }, time.now);
    breaker.failure();
    time.advance(600);
    expect(breaker.allow()).toBe(true);
    expect(breaker.failure()).toBe(false); // the same outage: reported when it first opened
    expect(breaker.state()).toBe('open');
    time.advance(499);
    expect(breaker.allow()).toBe(false);
    time.advance(1);
    expect(breaker.allow()).toBe(true);
  });
});

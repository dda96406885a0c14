/**
 * Runs of one job, one at a time, where a run must see what was committed before it was asked for: a call that
 * arrives during a run gets a run queued behind it (one, shared by every call that arrives meanwhile), not the
 * run in progress, whose reads may be older than the caller's commit. The notifications' tick is one: a
 * workflow move commits, then asks for a run; answering it with the run in progress left its notifications to
 * the next move or the cron (bench:notifications: 15 of 210 e-mails out when the moves ended).
 */
export class RunQueue<T> {
  private running: Promise<T> | null = null;
  private queued: Promise<T> | null = null;

  /**
   * `start` now when nothing runs; else the queued run, which calls `whenDue` once the current run has
   * settled (failed or not): `whenDue` asks again, so it may check that runs are still wanted.
   */
  run(start: () => Promise<T>, whenDue: () => Promise<T>): Promise<T> {
    const current = this.running;
    if (current) {
      this.queued ??= current
        .catch(() => undefined)
        .then(() => {
          this.queued = null;
          return whenDue();
        });
      return this.queued;
    }
    const started = start().finally(() => {
      if (this.running === started) this.running = null;
    });
    this.running = started;
    return started;
  }

  /** Settles when no run is in progress or queued (failures are the callers' to see). */
  async drained(): Promise<void> {
    while (this.running || this.queued) await (this.queued ?? this.running)?.catch(() => undefined);
  }
}

/**
 * Only the newest search counts. Each search is a `Run`; starting a new one cancels the one
 * before at once: whatever that run is waiting for (a Pagefind search, a result's data) rejects
 * with `Stale` there and then, so nothing ever waits on a cancelled search, and a Pagefind call
 * that is slow, or never answers, holds up nothing but itself. A cancelled run also makes no
 * further calls (`guard` refuses them), so keystrokes do not pile searches up in Pagefind's worker.
 *
 * No DOM: the search view (src/scripts/search-view.ts) uses it, and tests/unit/latest-only.test.ts
 * checks it.
 */

/** Thrown inside a run that a newer one has replaced; never shown. */
export class Stale extends Error {
  constructor() {
    super('A newer search replaced this one');
    this.name = 'Stale';
  }
}

export interface Run {
  /** False once a newer run has started. */
  readonly live: boolean;
  /**
   * Starts `work` only while the run is live, and settles as it does, or rejects with `Stale`
   * the moment a newer run starts, whichever comes first.
   */
  guard<T>(work: () => Promise<T>): Promise<T>;
}

export interface LatestOnly {
  /** Starts a run, cancelling the one before. */
  start(): Run;
  /** Cancels the current run without starting another (the box was emptied). */
  cancel(): void;
}

export function latestOnly(): LatestOnly {
  let cancelCurrent: (() => void) | undefined;
  const cancel = () => {
    cancelCurrent?.();
    cancelCurrent = undefined;
  };
  return {
    cancel,
    start(): Run {
      cancel();
      let live = true;
      let reject: (error: Stale) => void = () => {};
      const cancelled = new Promise<never>((_, r) => (reject = r));
      // Nobody may be racing it yet: mark it handled so that cancelling is never an unhandled rejection.
      cancelled.catch(() => {});
      cancelCurrent = () => {
        live = false;
        reject(new Stale());
      };
      return {
        get live() {
          return live;
        },
        guard<T>(work: () => Promise<T>): Promise<T> {
          if (!live) return Promise.reject(new Stale());
          return Promise.race([work(), cancelled]);
        },
      };
    },
  };
}

import { describe, expect, it } from 'vitest';
import { latestOnly, Stale } from '../../src/lib/latest-only.ts';

const never = () => new Promise<never>(() => {});
const later = <T>(value: T, ms = 5) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('latestOnly', () => {
  it('passes a live run’s work through, value or error', async () => {
    const run = latestOnly().start();
    await expect(run.guard(() => later(42))).resolves.toBe(42);
    await expect(run.guard(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(run.live).toBe(true);
  });

  it('a newer run rejects what the older one is waiting for at once, even work that never settles', async () => {
    const runs = latestOnly();
    const old = runs.start();
    const waiting = old.guard(never);
    const next = runs.start();
    await expect(waiting).rejects.toBeInstanceOf(Stale);
    expect(old.live).toBe(false);
    // The newer run is not held up by the older one's work.
    await expect(next.guard(() => later('fresh'))).resolves.toBe('fresh');
  });

  it('a cancelled run starts no more work', async () => {
    const runs = latestOnly();
    const old = runs.start();
    runs.cancel();
    let started = false;
    await expect(
      old.guard(async () => {
        started = true;
        return 1;
      }),
    ).rejects.toBeInstanceOf(Stale);
    expect(started).toBe(false);
  });

  it('cancelling a run that waits for nothing is not an unhandled rejection', async () => {
    const runs = latestOnly();
    runs.start();
    runs.start();
    runs.cancel();
    // Vitest fails the file on an unhandled rejection; give one a turn to surface.
    await later(undefined, 10);
    expect(true).toBe(true);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { repeatEvery } from '../src';

describe('repeatEvery', () => {
  afterEach(() => vi.useRealTimers());

  it('runs the task again and again, never two at once, goes on after a failure, and waits for a run in progress on stop', async () => {
    vi.useFakeTimers();
    let running = 0,
      maxRunning = 0,
      runs = 0;
    const job = repeatEvery('test', 5, async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      runs++;
      await new Promise((r) => setTimeout(r, 15)); // a run longer than the interval
      running--;
      if (runs === 1) throw new Error('first run fails');
    });
    await vi.advanceTimersByTimeAsync(4);
    expect(runs).toBe(0); // first run after one interval
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(maxRunning).toBe(1);
    await vi.advanceTimersByTimeAsync(1); // perhaps mid-run
    const stopped = job.stop();
    await vi.advanceTimersByTimeAsync(20);
    await stopped;
    expect(running).toBe(0);
    const after = runs;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(after);
  });

  it('is off for 0 or a non-number', async () => {
    const task = vi.fn(async () => {});
    for (const ms of [0, Number.NaN, -1]) await repeatEvery('off', ms, task).stop();
    expect(task).not.toHaveBeenCalled();
  });
});

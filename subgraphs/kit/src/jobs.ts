import { log } from './log';

/** A job a subgraph runs in its own process next to serving requests (e.g. SLA escalation). */
export interface BackgroundJob {
  /** stops the schedule and waits for a run in progress to finish */
  stop(): Promise<void> | void;
}

/**
 * Runs `task` every `intervalMs` (first run after one interval), never two runs at once: the next
 * run is scheduled when the previous one has finished. A failed run is logged and the schedule goes
 * on. `intervalMs <= 0` (or not a number) disables it. Replicas each run their own schedule, so the
 * task itself must be safe to run concurrently (e.g. `for update skip locked`).
 */
export function repeatEvery(name: string, intervalMs: number, task: () => Promise<unknown>): BackgroundJob {
  if (!Number.isFinite(intervalMs) || intervalMs <= 0) {
    log.info({ job: name }, 'background job disabled');
    return { stop() {} };
  }
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const schedule = () => {
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  const tick = () => {
    running = task()
      .then(
        (result) => log.debug({ job: name, result }, 'background job ran'),
        (err) => log.error({ err, job: name }, 'background job failed'),
      )
      .finally(() => {
        running = undefined;
        schedule();
      });
  };
  schedule();
  log.info({ job: name, intervalMs }, 'background job scheduled');
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

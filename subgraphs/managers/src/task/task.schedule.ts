import type { MikroORM } from '@mikro-orm/postgresql';
import { log, repeatEvery, type BackgroundJob } from '@crm/kit';
import { runTaskRulesUnder } from './task.service';

/** Once a day by default; `TASK_RULES_INTERVAL_MS=0` turns it off (e.g. when a CronJob runs it). */
export const DEFAULT_TASK_RULES_INTERVAL_MS = 24 * 60 * 60 * 1000;

/**
 * The task rules for the whole bank, inside the managers process (the demo seed runs them once at
 * start). Every replica runs its own schedule: the rules insert with `on conflict (source_key) do
 * nothing`, so two runs at once still make each task once.
 */
export function startTaskRules(
  { orm }: { orm: MikroORM },
  intervalMs = Number(process.env.TASK_RULES_INTERVAL_MS ?? DEFAULT_TASK_RULES_INTERVAL_MS),
): BackgroundJob {
  return repeatEvery('task-rules', intervalMs, async () => {
    const result = await runTaskRulesUnder(orm.em.fork(), '/');
    const made = Object.values(result).reduce((a, b) => a + b, 0);
    if (made) log.info(result, 'task rules made tasks');
    return result;
  });
}

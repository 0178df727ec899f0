import type { MikroORM } from '@mikro-orm/postgresql';
import { log, repeatEvery, type BackgroundJob } from '@crm/kit';
import { escalateOverdueServiceCases } from './service-case.service';

/** Every minute by default; `CASE_ESCALATION_INTERVAL_MS=0` turns it off (e.g. when a CronJob does it). */
export const DEFAULT_CASE_ESCALATION_INTERVAL_MS = 60_000;

/**
 * Escalation on SLA breach, inside the customers process. Every replica runs it; the statement locks
 * with `skip locked` and a case it moved is not breached again until its fresh window passes, so
 * replicas never move one case twice.
 */
export function startCaseEscalation(
  { orm }: { orm: MikroORM },
  intervalMs = Number(process.env.CASE_ESCALATION_INTERVAL_MS ?? DEFAULT_CASE_ESCALATION_INTERVAL_MS),
): BackgroundJob {
  return repeatEvery('service-case-escalation', intervalMs, async () => {
    const result = await escalateOverdueServiceCases(orm.em.fork());
    if (result.escalated) log.info({ escalated: result.escalated }, 'service cases escalated on SLA breach');
    if (result.stuckAtHeadOffice)
      log.warn({ stuckAtHeadOffice: result.stuckAtHeadOffice }, 'service cases past their SLA at head office: nowhere higher to escalate');
    return result;
  });
}

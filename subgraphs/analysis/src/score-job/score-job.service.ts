import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, log, parseId, requirePermission, type RequestContext } from '@crm/kit';
import { checkAsOf, defaultRecomputeAsOf, scoreCustomerRange } from '../scoring/scoring.service';
import { applyTierPolicy, loadActivePolicy } from '../tier-policy/tier-assignment.service';
import { ScoreJob, ScoreJobStatus } from './score-job.entity';

/** customers per scoring statement: big enough to amortise the statement, small enough for steady progress */
export const SCORE_CHUNK = 20_000;

/**
 * Jobs in flight in this process. The work outlives the request that started it; keeping the promise
 * reachable lets a test (or a shutdown) wait for it. A process that dies mid-job leaves its row
 * RUNNING; see README ("a stuck job").
 */
const inFlight = new Set<Promise<void>>();
export const scoreJobsInFlight = () => Promise.allSettled([...inFlight]);

async function resolveAsOf(em: EntityManager, asOf: string | null | undefined): Promise<string> {
  if (asOf != null) return checkAsOf(asOf);
  const d = await defaultRecomputeAsOf(em);
  if (!d) throw new BadUserInputError('asOf: there is no balance data to score yet', 'asOf');
  return d;
}

/**
 * Creates the job (refused while another is RUNNING: one recompute at a time, checked under an
 * advisory lock so two concurrent starts cannot both pass) and runs it in the background.
 */
export async function startScoreRecompute(ctx: RequestContext, asOfArg?: string | null, chunk = SCORE_CHUNK): Promise<ScoreJob> {
  requirePermission(ctx, 'SCORE_RECOMPUTE'); // head-office strategy and operations (the permission table)
  const asOf = await resolveAsOf(ctx.em, asOfArg);
  const job = await ctx.em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('bank-crm analysis score_job'))`);
    const running = await tx.findOne(ScoreJob, { status: ScoreJobStatus.RUNNING });
    if (running)
      throw new BadUserInputError(
        `A recompute is already running (job ${running.id}, as of ${running.asOf}); wait for it to finish`,
        'asOf',
      );
    const [{ total }] = await tx.execute<{ total: number }[]>(
      `select count(*)::int as total from customers_api.customer where status <> 'MERGED'`,
    );
    const created = tx.create(ScoreJob, { asOf, totalCustomers: total, startedByStaffId: Number(ctx.user.sub) });
    await tx.flush();
    return created;
  });

  const work = runScoreJob(ctx.em.fork(), job.id, asOf, chunk)
    .catch(async (err) => {
      log.error({ err, scoreJob: job.id }, 'score recompute failed');
      await ctx.em
        .fork()
        .getConnection()
        .execute(`update analysis.score_job set status = 'FAILED', finished_at = now(), error = ? where id = ? and status = 'RUNNING'`, [
          String((err as Error)?.message ?? err).slice(0, 2000),
          job.id,
        ])
        .catch((e2) => log.error({ err: e2, scoreJob: job.id }, 'could not mark the recompute failed'));
    })
    .finally(() => inFlight.delete(work));
  inFlight.add(work);
  return job;
}

/**
 * The whole bank as of `asOf`: id-range chunks of `chunk` ids, ONE scoring statement each (its own
 * transaction: a chunk is all or nothing), `progress` after each; then ONE statement tiers the whole
 * date with the active policy. Returns customers scored and the policy used. (Also used by the bench.)
 */
export async function recomputeBank(
  em: EntityManager,
  asOf: string,
  opts: { chunk?: number; progress?: (processed: number) => Promise<unknown> } = {},
) {
  const chunk = opts.chunk ?? SCORE_CHUNK;
  const [{ lo, hi }] = await em
    .getConnection()
    .execute<{ lo: number | null; hi: number | null }[]>(`select min(id) as lo, max(id) as hi from customers_api.customer`);
  let processed = 0;
  if (lo != null && hi != null) {
    for (let start = lo; start <= hi; start += chunk) {
      processed += await scoreCustomerRange(em, asOf, start, Math.min(start + chunk - 1, hi));
      await opts.progress?.(processed);
    }
  }
  const policy = await loadActivePolicy(em);
  if (policy) await applyTierPolicy(em, { asOf, policy });
  return { processed, policyId: policy?.id ?? null };
}

async function runScoreJob(em: EntityManager, jobId: number, asOf: string, chunk: number) {
  const connection = em.getConnection();
  const { processed, policyId } = await recomputeBank(em, asOf, {
    chunk,
    progress: (n) => connection.execute('update analysis.score_job set processed_customers = ? where id = ?', [n, jobId]),
  });
  await connection.execute(
    `update analysis.score_job set status = 'SUCCEEDED', processed_customers = ?, policy_id = ?, finished_at = now() where id = ?`,
    [processed, policyId, jobId],
  );
}

export async function findScoreJob(ctx: RequestContext, id: string): Promise<ScoreJob | null> {
  return ctx.em.findOne(ScoreJob, { id: parseId(id) }, { refresh: true });
}

export async function findLatestScoreJob(ctx: RequestContext): Promise<ScoreJob | null> {
  const [latest] = await ctx.em.find(ScoreJob, {}, { orderBy: { id: 'desc' }, limit: 1, refresh: true });
  return latest ?? null;
}

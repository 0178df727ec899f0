import { log, parseId, RateLimitedError, type RequestContext } from '@crm/kit';
import { confirmDuplicates, requireDuplicateBudget } from '../pii/duplicate-confirmations';
import { ImportJob, ImportKind, ImportMode, ImportStatus, type ImportRowError } from './customer-import-job.entity';
import { parseImportCsv, RowReader } from './customer-import.csv';
import { accountPlan, customerPlan, type ImportPlan } from './customer-import.plans';

export const IMPORT_CHUNK = 1_000;
/** errors kept on the job; a file with more says how many were left out */
export const MAX_REPORTED_ERRORS = 10_000;

/**
 * Imports in flight in this process. The work outlives the request that started it; keeping the
 * promise here keeps it reachable and lets a shutdown or a test wait for it. A process that dies
 * mid-import leaves its job RUNNING (nothing was written: the rows go in one transaction).
 */
const inFlight = new Set<Promise<void>>();
export const importsInFlight = () => Promise.allSettled([...inFlight]);

class RollBack extends Error {}

export async function startImport(ctx: RequestContext, kind: ImportKind, csv: string, mode: ImportMode): Promise<ImportJob> {
  const plan: ImportPlan<unknown> = kind === ImportKind.CUSTOMERS ? customerPlan(ctx) : accountPlan(ctx);
  const { rows, headerErrors } = parseImportCsv(csv, plan.columns);
  // past the hour's budget of duplicate answers no file is taken at all: refusing only files with duplicates would answer
  await requireDuplicateBudget(ctx);
  const job = ctx.em.create(ImportJob, {
    kind,
    mode,
    totalRows: rows.length,
    createdByStaffId: Number(ctx.user.sub),
    orgPath: ctx.user.orgPath,
    status: headerErrors.length ? ImportStatus.FAILED : ImportStatus.RUNNING,
    errors: headerErrors,
    finishedAt: headerErrors.length ? new Date() : null,
  });
  await ctx.em.flush();
  if (headerErrors.length) return job;

  const work = runImport(ctx, job.id, plan, rows, mode)
    .catch(async (err) => {
      log.error({ err, importJob: job.id }, 'import failed');
      await ctx.em
        .fork()
        .getConnection()
        .execute(
          `update customers.import_job set status = 'FAILED', finished_at = now(),
           errors = errors || ?::jsonb where id = ? and status = 'RUNNING'`,
          [
            JSON.stringify([
              {
                row: 0,
                field: '(file)',
                reason: 'the import stopped on an internal error; nothing was imported — try again or ask support',
              },
            ]),
            job.id,
          ],
        )
        .catch((e2) => log.error({ err: e2, importJob: job.id }, 'could not mark the import failed'));
    })
    .finally(() => inFlight.delete(work));
  inFlight.add(work);
  return job;
}

/**
 * Validates chunk by chunk and writes each chunk's good rows with one INSERT, all inside ONE
 * transaction; progress goes to the job row on its own connection so pollers see it meanwhile.
 */
async function runImport(
  ctx: RequestContext,
  jobId: number,
  plan: ImportPlan<unknown>,
  rows: ReturnType<typeof parseImportCsv>['rows'],
  mode: ImportMode,
) {
  const em = ctx.em.fork();
  const connection = em.getConnection();
  const progress = (processed: number) =>
    connection.execute('update customers.import_job set processed_rows = ? where id = ?', [processed, jobId]);
  let errors: ImportRowError[] = [];
  let failed: boolean;
  let imported = 0;
  let processed = 0;

  await plan.prefetch(em, rows); // a fixed number of queries for the whole file, never one per row
  try {
    await em.transactional(async (tx) => {
      for (let start = 0; start < rows.length; start += IMPORT_CHUNK) {
        const good: unknown[] = [];
        for (const row of rows.slice(start, start + IMPORT_CHUNK)) {
          const reader = new RowReader(row);
          const value = plan.check(reader);
          if (value) good.push(value);
          else errors.push(...reader.errors);
        }
        processed += Math.min(IMPORT_CHUNK, rows.length - start);
        await progress(processed);
        // all-or-nothing stops writing at the first bad row but goes on validating, to report every one
        const write = mode === ImportMode.VALID_ROWS_ONLY || errors.length === 0;
        if (write && good.length) imported += await plan.insert(tx, good);
      }
      // the errors name existing ID and account numbers: recorded (committed on their own) before the job shows them
      await confirmDuplicates(ctx, plan.confirmations(), `duplicate check: import job ${jobId}`);
      if (mode === ImportMode.ALL_OR_NOTHING && errors.length) throw new RollBack();
    });
    failed = mode === ImportMode.ALL_OR_NOTHING && errors.length > 0;
  } catch (e) {
    if (e instanceof RateLimitedError) {
      // nothing written, and no row's answer shown: the job says why, in one line
      errors = [{ row: 0, field: '(file)', reason: e.message, code: 'RATE_LIMITED' }];
    } else if (!(e instanceof RollBack)) throw e;
    imported = 0;
    failed = true;
  }
  const reported =
    errors.length > MAX_REPORTED_ERRORS
      ? [
          ...errors.slice(0, MAX_REPORTED_ERRORS),
          { row: 0, field: '(file)', reason: `${errors.length - MAX_REPORTED_ERRORS} more errors not listed` },
        ]
      : errors;
  await connection.execute(
    `update customers.import_job set status = ?, processed_rows = ?, imported_rows = ?, errors = ?::jsonb, finished_at = now() where id = ?`,
    [failed ? ImportStatus.FAILED : ImportStatus.SUCCEEDED, processed, imported, JSON.stringify(reported), jobId],
  );
}

/** A job started within the caller's scope (by their unit or one below), else NOT_FOUND. */
export async function findImportJob(ctx: RequestContext, id: string): Promise<ImportJob | null> {
  return ctx.em.findOne(ImportJob, { id: parseId(id), orgPath: ctx.scope.where() }, { refresh: true });
}

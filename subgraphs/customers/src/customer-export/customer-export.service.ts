import { stringify } from 'csv-stringify/sync';
import type { ObjectQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  log,
  maskAddress,
  maskBirthDate,
  maskEmail,
  maskIdNumber,
  maskPhone,
  parseId,
  RateLimitedError,
  spreadsheetSafe,
  type RequestContext,
} from '@crm/kit';
import { can } from '@crm/shared-types';
import { Customer } from '../customer/customer.entity';
import { customerWhere, type CustomerFilter } from '../customer/customer.filter';
import { auditPiiSearch, checkPurpose, recordPiiAccess } from '../pii/pii.service';
import { PiiField } from '../pii/pii.types';
import { CustomerExportJob, CustomerExportStatus } from './customer-export-job.entity';

export const MAX_EXPORT_ROWS = 50_000;
/** how long a finished file is kept; after that `csv` answers null and the next start clears it from the table */
export const EXPORT_KEPT_HOURS = 24;
/** what a refused second start tells the client to wait (an export of 50,000 rows takes a few seconds) */
export const EXPORT_RETRY_AFTER_SECONDS = 5;
/**
 * Exports a staff member may start in an hour: a list of customers is bulk personal data, and one
 * export after another would keep a core of the bank's database busy for one person (the attack
 * bench's heaviest allowed loop). `CUSTOMER_EXPORTS_PER_HOUR` overrides it (read per call).
 */
export const exportsPerHour = (env: NodeJS.ProcessEnv = process.env) => Number(env.CUSTOMER_EXPORTS_PER_HOUR ?? 6);

/** Column order of the file; the personal-data ones are masked unless the caller may reveal PII (CUSTOMER_PII_REVEAL). */
const COLUMNS = [
  'customerNo',
  'kind',
  'name',
  'status',
  'idNumber',
  'phone',
  'address',
  'email',
  'gender',
  'birthDate',
  'occupation',
  'incomeBand',
  'industry',
  'legalRepresentative',
  'registeredCapital',
  'companySize',
  'marketingConsent',
  'marketingConsentAt',
  'marketingConsentChannel',
  'homeOrgUnitId',
  'createdAt',
] as const;
const HEADER = [
  'customer_no',
  'kind',
  'name',
  'status',
  'id_number',
  'phone',
  'address',
  'email',
  'gender',
  'birth_date',
  'occupation',
  'income_band',
  'industry',
  'legal_representative',
  'registered_capital',
  'company_size',
  'marketing_consent',
  'marketing_consent_at',
  'consent_channel',
  'home_org_unit_id',
  'created_at',
];
const PII_FIELDS = [PiiField.ID_NUMBER, PiiField.PHONE, PiiField.ADDRESS, PiiField.EMAIL, PiiField.BIRTH_DATE];

type Row = Pick<Customer, (typeof COLUMNS)[number] | 'id'>;

const iso = (d: Date | string | null | undefined) => (d == null ? '' : new Date(d).toISOString());

/** Finished files past their 24 hours: one indexed statement (export_job_csv_kept), run on every start. */
const CLEAR_OLD_FILES = `update customers.export_job set csv = null where csv is not null and finished_at < now() - interval '${EXPORT_KEPT_HOURS} hours'`;

/**
 * A RUNNING job whose worker is gone (its process ended mid-export: nothing was exported, the
 * worker's transaction rolled back). A live worker holds its job row locked (`for update`) for as
 * long as it runs, on whichever replica, so `skip locked` passes over it; the grace covers the
 * moment between the start's insert and the worker taking its lock. Without this, the unique index
 * would keep that staff member from ever exporting again.
 */
const FAIL_ORPHANS = `update customers.export_job set status = 'FAILED', finished_at = now(), error_code = 'INTERNAL',
    error = 'the export stopped (its service was restarted); nothing was exported — start it again'
  where id in (select id from customers.export_job where status = 'RUNNING' and staff_id = ? and started_at < now() - interval '2 minutes'
               for update skip locked)`;

/**
 * Exports in flight in this process. The work outlives the request that started it; keeping the
 * promise here keeps it reachable and lets a shutdown or a test wait for it.
 */
const inFlight = new Set<Promise<void>>();
export const exportsInFlight = () => Promise.allSettled([...inFlight]);

/**
 * Creates the job and runs the export in the background. One RUNNING job per staff member is the
 * table's rule (unique index export_job_one_running): a second start — here, on another replica, or
 * at the same instant — inserts nothing and is answered RATE_LIMITED.
 */
export async function startCustomerExport(
  ctx: RequestContext,
  purpose: string,
  filter?: CustomerFilter | null,
): Promise<CustomerExportJob> {
  const why = checkPurpose(purpose);
  const where = customerWhere(ctx.scope, filter); // a bad filter is answered now, naming the field
  const unmasked = can(ctx.user, 'CUSTOMER_PII_REVEAL');
  const staffId = Number(ctx.user.sub);
  const connection = ctx.em.getConnection();
  await connection.execute(CLEAR_OLD_FILES);
  await connection.execute(FAIL_ORPHANS, [staffId]);
  const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15);
  const perHour = exportsPerHour();
  // one RUNNING per staff member (the unique index) and at most `perHour` started in the last hour;
  // a start that loses a race on the count still meets the index, so at most one can slip past it
  const [created] = await connection.execute<{ id: number }[]>(
    `insert into customers.export_job (staff_id, org_path, purpose, unmasked, filename)
     select ?, ?, ?, ?, ?
     where (select count(*) from customers.export_job where staff_id = ? and started_at > now() - interval '1 hour') < ?
     on conflict (staff_id) where status = 'RUNNING' do nothing returning id`,
    [staffId, ctx.user.orgPath, why, unmasked, `customers-${stamp}.csv`, staffId, perHour],
  );
  if (!created) {
    const [running] = await connection.execute<{ id: number }[]>(
      `select id from customers.export_job where staff_id = ? and status = 'RUNNING'`,
      [staffId],
    );
    if (running)
      throw new RateLimitedError(
        `Another export of yours is still running (job ${running.id}): wait for it to finish, then export again`,
        EXPORT_RETRY_AFTER_SECONDS,
      );
    const [{ retry }] = await connection.execute<{ retry: number }[]>(
      `select greatest(1, ceil(extract(epoch from min(started_at) + interval '1 hour' - now())))::int as retry
       from customers.export_job where staff_id = ? and started_at > now() - interval '1 hour'`,
      [staffId],
    );
    throw new RateLimitedError(
      `At most ${perHour} exports an hour per staff member (a customer list is bulk personal data): the next one in ${Math.ceil(retry / 60)} min`,
      retry,
    );
  }
  const job = await ctx.em.findOneOrFail(CustomerExportJob, { id: created.id });

  const work = runExport(ctx, job.id, where, filter, unmasked, why)
    .catch(async (err) => {
      log.error({ err, exportJob: job.id }, 'customer export failed');
      await ctx.em
        .fork()
        .getConnection()
        .execute(
          `update customers.export_job set status = 'FAILED', finished_at = now(), error_code = 'INTERNAL',
           error = 'the export stopped on an internal error; nothing was exported — try again or ask support' where id = ? and status = 'RUNNING'`,
          [job.id],
        )
        .catch((e2) => log.error({ err: e2, exportJob: job.id }, 'could not mark the export failed'));
    })
    .finally(() => inFlight.delete(work));
  inFlight.add(work);
  return job;
}

/**
 * The export itself, in ONE transaction: the job row locked (the job is alive), one query for the
 * rows (the list's own filter, scope first), the audit rows, the file into the job. The audit entry
 * and the file commit together: there is never a file without its audit row, nor the reverse.
 */
async function runExport(
  ctx: RequestContext,
  jobId: number,
  where: ObjectQuery<Customer>,
  filter: CustomerFilter | null | undefined,
  unmasked: boolean,
  why: string,
) {
  await ctx.em.fork().transactional(async (tx: EntityManager) => {
    const [alive] = await tx.execute<{ id: number }[]>(
      `select id from customers.export_job where id = ? and status = 'RUNNING' for update`,
      [jobId],
    );
    if (!alive) {
      log.warn({ exportJob: jobId }, 'export job no longer running (taken for an orphan): not exported');
      return;
    }
    // one row more than allowed tells us it is too many
    const rows = await tx
      .createQueryBuilder(Customer, 'c')
      .select(['id', ...COLUMNS])
      .where(where)
      .orderBy({ id: 'asc' })
      .limit(MAX_EXPORT_ROWS + 1)
      .execute<Row[]>('all');
    if (rows.length > MAX_EXPORT_ROWS) {
      // nothing leaves the bank, so nothing to audit
      await tx.execute(
        `update customers.export_job set status = 'FAILED', finished_at = now(), error_code = 'BAD_USER_INPUT', error_field = 'filter', error = ? where id = ?`,
        [
          `more than ${MAX_EXPORT_ROWS.toLocaleString('en')} customers match: narrow the filter (unit, kind, status or search) and export in parts`,
          jobId,
        ],
      );
      return;
    }
    await recordPiiAccess(tx, ctx, {
      action: 'EXPORT',
      customerId: null,
      customerCount: rows.length,
      fields: unmasked ? PII_FIELDS : [],
      purpose: why,
    });
    await auditPiiSearch(tx, ctx, filter, { count: rows.length, onlyId: rows.length === 1 ? rows[0].id : undefined });
    const data = rows.map((r) => [
      r.customerNo,
      r.kind,
      r.name,
      r.status,
      unmasked ? r.idNumber : maskIdNumber(r.idNumber),
      unmasked ? r.phone : maskPhone(r.phone),
      unmasked ? r.address : maskAddress(r.address),
      unmasked ? r.email : maskEmail(r.email),
      r.gender,
      unmasked ? r.birthDate : maskBirthDate(r.birthDate),
      r.occupation,
      r.incomeBand,
      r.industry,
      r.legalRepresentative,
      r.registeredCapital,
      r.companySize,
      r.marketingConsent ? 'true' : 'false',
      iso(r.marketingConsentAt),
      r.marketingConsentChannel,
      r.homeOrgUnitId,
      iso(r.createdAt),
    ]);
    const csv = stringify([HEADER, ...data.map((cells) => cells.map(spreadsheetSafe))], { bom: true });
    await tx.execute(`update customers.export_job set status = 'SUCCEEDED', finished_at = now(), row_count = ?, csv = ? where id = ?`, [
      rows.length,
      csv,
      jobId,
    ]);
  });
}

/** The caller's own job (started by them, from the unit they are in now); anyone else's answers null, like one that does not exist. */
export async function findCustomerExportJob(ctx: RequestContext, id: string): Promise<CustomerExportJob | null> {
  const jobId = parseId(id);
  const staffId = Number(ctx.user.sub);
  await ctx.em.getConnection().execute(FAIL_ORPHANS, [staffId]); // a poller of a job whose process died sees it FAILED
  return ctx.em.findOne(CustomerExportJob, { id: jobId, staffId, orgPath: ctx.user.orgPath }, { refresh: true });
}

/**
 * The file, read only when asked for: while it is kept (24 hours after it finished), to its starter,
 * and a file with personal data in clear only while they may still reveal it.
 */
export async function customerExportCsv(ctx: RequestContext, job: CustomerExportJob): Promise<string | null> {
  if (job.status !== CustomerExportStatus.SUCCEEDED || job.staffId !== Number(ctx.user.sub)) return null;
  if (job.unmasked && !can(ctx.user, 'CUSTOMER_PII_REVEAL')) return null;
  const [row] = await ctx.em
    .getConnection()
    .execute<{ csv: string | null }[]>(
      `select csv from customers.export_job where id = ? and staff_id = ? and finished_at > now() - interval '${EXPORT_KEPT_HOURS} hours'`,
      [job.id, job.staffId],
    );
  return row?.csv ?? null;
}

export const csvExpiresAt = (job: CustomerExportJob): Date | null =>
  job.status === CustomerExportStatus.SUCCEEDED && job.finishedAt
    ? new Date(new Date(job.finishedAt).getTime() + EXPORT_KEPT_HOURS * 3_600_000)
    : null;

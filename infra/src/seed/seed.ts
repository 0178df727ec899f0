// seedDemoBank: the demo bank in one transaction — org units, departments and staff in three
// multi-row INSERTs, customers streamed through COPY. Deterministic, idempotent, bounded memory.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { hashPassword } from '@crm/kit';
import { buildDepartments, buildOrgUnits, buildStaff, DEMO_PASSWORD } from './bank';
import { businessTime } from './customers';
import { bankPlan, copyChunks, defaultTransactionsPerYear } from './plan';
import { outletStaff } from './population';
import { Rng } from './prng';
import { progressReporter, type ProgressOption } from './progress';
import { DEFAULT_AS_OF, makeClock } from './time';

export interface SeedOptions {
  /** how many customers (default 20,000) */
  customers?: number;
  /** PRNG seed: the same seed gives the same bank, byte for byte (default 'bank-crm') */
  seed?: string;
  /** truncate every table of org_hierarchy and customers first, then seed anew */
  reset?: boolean;
  /** progress over every row */
  progress?: ProgressOption;
  /**
   * postings per customer per year on average (default: 90 for a demo-sized bank, thinning to 20 for
   * a big one — defaultTransactionsPerYear: 20,000,000 / customers, clamped to 20…90)
   */
  transactionsPerYear?: number;
  /** the day the data describes (YYYY-MM-DD, from 2026-01-01; default 2026-01-01): history is the 12 months before its month, up to it */
  asOf?: string;
  /**
   * drop the secondary indexes and foreign keys of account_transaction and account_balance_monthly
   * before their COPY and rebuild them after (same transaction). Default: on from 100,000 customers.
   */
  deferIndexes?: boolean;
}

export interface TableStats {
  table: string;
  rows: number;
  /** wall time including any index rebuild */
  ms: number;
  copyMs: number;
  indexMs: number;
}

export interface SeedResult {
  /** false when the bank was already seeded and nothing was changed */
  created: boolean;
  orgUnits: number;
  departments: number;
  staff: number;
  customers: number;
  /** wall time of the whole call */
  ms: number;
  /** time spent streaming customers (0 when nothing was created) */
  customersMs: number;
  /** what was created (absent when nothing was) */
  transactionsPerYear?: number;
  asOf?: string;
  /** every row written, org units to relationships */
  rows?: number;
  tables?: TableStats[];
  analyzeMs?: number;
}

export const DEFAULT_CUSTOMERS = 20_000;
export const DEFAULT_SEED = 'bank-crm';
const SCHEMAS = ['org_hierarchy', 'customers'];
const REQUIRED_TABLES = [
  'org_hierarchy.org_unit',
  'org_hierarchy.department',
  'org_hierarchy.staff',
  'customers.customer',
  'customers.account',
  'customers.account_transaction',
  'customers.service_case',
  'customers.customer_relationship',
];
/**
 * The big tables whose indexes are rebuilt around their COPY: for the two leaves also the primary
 * key and foreign keys; for customer (referenced by everything) only its plain indexes — the
 * trigram GIN index on the name above all.
 */
const DEFERRABLE: Record<string, { keys: boolean }> = {
  'customers.customer': { keys: false },
  'customers.account_transaction': { keys: true },
  'customers.account_balance_monthly': { keys: true },
};
const DAY = 86_400_000;
const STAFF_UNTIL = Date.UTC(2025, 5, 30);

export class SeedError extends Error {}

/**
 * The password hash every seeded staff member shares. scrypt costs ~50–100 ms and 16 MB per call
 * on purpose, so hashing ~280 staff one by one would spend half a minute; and a random salt would
 * make two runs of the same seed differ. So the seed hashes `demo1234` once, with a salt derived
 * from the seed, and reuses it: same seed → same hash. Fine for demo data only — real accounts
 * get a random salt each (hashPassword's default).
 */
export async function demoPasswordHash(seed: string): Promise<string> {
  const salt = createHash('sha256').update(`bank-crm demo password salt/${seed}`).digest().subarray(0, 16);
  return hashPassword(DEMO_PASSWORD, salt);
}

export async function seedDemoBank(databaseUrl: string, options: SeedOptions = {}): Promise<SeedResult> {
  const t0 = performance.now();
  const count = options.customers ?? DEFAULT_CUSTOMERS;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(count) || count < 0 || count > 899_999_999)
    throw new SeedError(`customers must be a whole number from 0 to 899,999,999, got ${count}`);
  if (!databaseUrl) throw new SeedError('no database URL: pass --database-url or set DATABASE_URL');
  const perYear = options.transactionsPerYear ?? defaultTransactionsPerYear(count);
  if (!Number.isInteger(perYear) || perYear < 0 || perYear > 2000)
    throw new SeedError(`transactions per year must be a whole number from 0 to 2,000, got ${perYear}`);
  const asOfDate = options.asOf ?? DEFAULT_AS_OF;
  try {
    makeClock(asOfDate);
  } catch (error) {
    throw new SeedError((error as Error).message);
  }
  const deferIndexes = options.deferIndexes ?? true;

  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'bank-crm seed' });
  await client.connect();
  try {
    const {
      rows: [tables],
    } = await client.query(`select ${REQUIRED_TABLES.map((t, i) => `to_regclass('${t}') is not null as t${i}`).join(', ')}`);
    const missing = REQUIRED_TABLES.filter((_, i) => !tables[`t${i}`]);
    if (missing.length)
      throw new SeedError(`missing ${missing.join(', ')}: migrate org-hierarchy and customers first (seed CLI: --migrate)`);
    await client.query(`set timezone = 'UTC'`);

    await client.query('begin');
    try {
      // two seeders at once (launcher and a test, say) take turns; the second finds the bank seeded
      await client.query(`select pg_advisory_xact_lock(hashtext('bank-crm/demo-seed'))`);
      if (options.reset) {
        await truncateAll(client);
      } else {
        const existing = await counts(client);
        if (existing.orgUnits + existing.staff + existing.customers > 0) {
          await client.query('rollback');
          return { created: false, ...existing, ms: Math.round(performance.now() - t0), customersMs: 0 };
        }
      }

      const rng = new Rng(seed);
      const { units, outlets } = buildOrgUnits();
      const departments = buildDepartments();
      const staff = buildStaff(units, outlets, rng.fork('staff'));
      const passwordHash = await demoPasswordHash(seed);
      // the bank opened on a seed-chosen day in 2008–2012; units and staff date from then on
      const clock = rng.fork('clock');
      const founded = Date.UTC(2008, 0, 1) + clock.int(5 * 365) * DAY;
      // units open after their parent (ids are breadth-first, so parents come first); staff join later
      const opened = new Map<number, number>();
      for (const u of units) opened.set(u.id, u.parentId === null ? founded : opened.get(u.parentId)! + (30 + clock.int(400)) * DAY);
      const unitCreated = units.map((u) => new Date(opened.get(u.id)! + 3600_000).toISOString());
      const staffCreated = staff.map((s) => new Date(businessTime(clock, opened.get(s.orgUnitId)!, STAFF_UNTIL)).toISOString());

      await client.query(
        `insert into org_hierarchy.org_unit (id, code, name, name_en, level, parent_id, path, created_at, updated_at)
         select u.id, u.code, u.name, u.name_en, u.level, u.parent_id, u.path, u.created_at, u.created_at
         from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::timestamptz[])
           as u(id, code, name, name_en, level, parent_id, path, created_at)
         order by u.id`,
        [
          units.map((u) => u.id),
          units.map((u) => u.code),
          units.map((u) => u.name),
          units.map((u) => u.nameEn),
          units.map((u) => u.level),
          units.map((u) => u.parentId),
          units.map((u) => u.path),
          unitCreated,
        ],
      );
      await client.query(
        `insert into org_hierarchy.department (id, code, name, name_en)
         select * from unnest($1::int[], $2::text[], $3::text[], $4::text[])`,
        [departments.map((d) => d.id), departments.map((d) => d.code), departments.map((d) => d.name), departments.map((d) => d.nameEn)],
      );
      const departmentId = new Map(departments.map((d) => [d.code, d.id]));
      await client.query(
        `insert into org_hierarchy.staff (id, username, password_hash, name, position, org_unit_id, department_id, roles, active, created_at, updated_at)
         select s.id, s.username, $3, s.name, s.position, s.org_unit_id, s.department_id, s.roles::text[], s.active, s.created_at, s.created_at
         from unnest($1::int[], $2::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[], $9::boolean[], $10::timestamptz[])
           as s(id, username, name, position, org_unit_id, department_id, roles, active, created_at)
         order by s.id`,
        [
          staff.map((s) => s.id),
          staff.map((s) => s.username),
          passwordHash,
          staff.map((s) => s.name),
          staff.map((s) => s.position),
          staff.map((s) => s.orgUnitId),
          staff.map((s) => departmentId.get(s.department)!),
          staff.map((s) => `{${s.roles.join(',')}}`),
          staff.map((s) => s.active),
          staffCreated,
        ],
      );

      await client.query(`set local maintenance_work_mem = '256MB'`);
      const plan = bankPlan({ seed, count, outlets, staff: outletStaff(staff), clock: makeClock(asOfDate), perYear });
      const expected = plan.estimate();
      const progress = progressReporter(
        options.progress,
        Object.values(expected).reduce((a, b) => a + b, 0) + units.length + departments.length + staff.length,
      );
      const tables: TableStats[] = [];
      let done = units.length + departments.length + staff.length;
      try {
        for (const t of plan.tables) {
          const t1 = performance.now();
          const deferred = deferIndexes && DEFERRABLE[t.table] ? await dropIndexes(client, t.table, DEFERRABLE[t.table].keys) : null;
          const start = done;
          const copy = client.query(copyFrom(`copy ${t.table} (${t.columns.join(', ')}) from stdin`));
          const chunks = copyChunks(t.lines(), (n) => progress.update((done += n), t.table));
          await pipeline(Readable.from(chunks, { objectMode: false, highWaterMark: 8 }), copy);
          const copyMs = performance.now() - t1;
          if (deferred) await recreate(client, deferred);
          const rows = done - start;
          tables.push({
            table: t.table,
            rows,
            ms: Math.round(performance.now() - t1),
            copyMs: Math.round(copyMs),
            indexMs: deferred ? Math.round(performance.now() - t1 - copyMs) : 0,
          });
          // the estimate becomes exact as each table finishes
          expected[t.table] = rows;
          progress.setTotal(Object.values(expected).reduce((a, b) => a + b, 0) + units.length + departments.length + staff.length);
        }
        progress.update(done, 'done');
      } finally {
        progress.stop();
      }
      const rowsOf = (table: string) => tables.find((t) => t.table === table)?.rows ?? 0;

      await client.query(
        `select setval(pg_get_serial_sequence(t, 'id'), greatest(n, 1), n > 0)
         from (values ('org_hierarchy.org_unit', $1::bigint), ('org_hierarchy.department', $2::bigint), ('org_hierarchy.staff', $3::bigint),
                      ('customers.customer', $4::bigint), ('customers.account', $5), ('customers.account_transaction', $6), ('customers.interaction', $7),
                      ('customers.customer_need', $8), ('customers.service_case', $9), ('customers.service_case_event', $10),
                      ('customers.satisfaction_survey', $11), ('customers.customer_relationship', $12)) as v(t, n)`,
        [
          units.length,
          departments.length,
          staff.length,
          count,
          ...[
            'account',
            'account_transaction',
            'interaction',
            'customer_need',
            'service_case',
            'service_case_event',
            'satisfaction_survey',
            'customer_relationship',
          ].map((x) => rowsOf(`customers.${x}`)),
        ],
      );
      // case numbers are SC + yyyymm + the sequence: the next case the subgraph opens continues after the seeded ones
      const cases = rowsOf('customers.service_case');
      await client.query(`select setval('customers.service_case_no_seq', greatest($1::bigint, 1), $1::bigint > 0)`, [cases]);
      // customer numbers issued by the subgraph continue above the seeded ones (C100002995 → C100020001 …)
      await client.query(`select setval('customers.customer_no_seq',
        coalesce((select max(substr(customer_no, 2)::bigint) from customers.customer where customer_no ~ '^C[0-9]+$'), 0) + 1, false)`);
      await client.query('commit');
      // fresh statistics, so the first queries after a big seed get sensible plans
      const tAnalyze = performance.now();
      await client.query(
        `analyze org_hierarchy.org_unit, org_hierarchy.department, org_hierarchy.staff, ${plan.tables.map((t) => t.table).join(', ')}`,
      );
      const analyzeMs = Math.round(performance.now() - tAnalyze);
      const customerStats = tables[0];
      return {
        created: true,
        orgUnits: units.length,
        departments: departments.length,
        staff: staff.length,
        customers: count,
        ms: Math.round(performance.now() - t0),
        customersMs: customerStats?.ms ?? 0,
        transactionsPerYear: perYear,
        asOf: asOfDate,
        rows: done,
        tables,
        analyzeMs,
      };
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    }
  } finally {
    await client.end();
  }
}

async function counts(client: pg.Client) {
  const {
    rows: [r],
  } = await client.query(`select
      (select count(*) from org_hierarchy.org_unit)::int as "orgUnits",
      (select count(*) from org_hierarchy.department)::int as departments,
      (select count(*) from org_hierarchy.staff)::int as staff,
      (select count(*) from customers.customer)::int as customers`);
  return r as { orgUnits: number; departments: number; staff: number; customers: number };
}

/**
 * Every table of the two schemas in one TRUNCATE, identities restarted — bar the migration log and
 * the append-only PII access log, which no reset may erase (its trigger refuses TRUNCATE).
 */
async function truncateAll(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    `select format('%I.%I', n.nspname, c.relname) as name
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = any($1) and c.relkind in ('r', 'p') and not c.relispartition and c.relname not in ('mikro_orm_migrations', 'pii_access_log')
     order by 1`,
    [SCHEMAS],
  );
  // no CASCADE: a table of another subgraph referencing these would be emptied silently; fail instead
  await client.query(`truncate ${rows.map((r) => r.name).join(', ')} restart identity`);
}

interface Deferred {
  drop: string[];
  create: string[];
}

/**
 * Drops a table's secondary indexes and its foreign keys, returning the statements that rebuild
 * them exactly (pg_get_indexdef / pg_get_constraintdef): one sort per index and one join per
 * foreign key after the COPY beat maintaining them row by row. Same transaction, so nobody sees
 * the table without them.
 */
async function dropIndexes(client: pg.Client, table: string, keys: boolean): Promise<Deferred> {
  const { rows } = await client.query<{ drop: string; create: string }>(
    `select format('drop index %s', i.indexrelid::regclass) as drop, pg_get_indexdef(i.indexrelid) as create
     from pg_index i
     where i.indrelid = $1::regclass and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
     union all
     select format('alter table %s drop constraint %I', $1, c.conname), format('alter table %s add constraint %I %s', $1, c.conname, pg_get_constraintdef(c.oid))
     from pg_constraint c where c.conrelid = $1::regclass and c.contype = 'p' and $2
     union all
     select format('alter table %s drop constraint %I', $1, c.conname), format('alter table %s add constraint %I %s', $1, c.conname, pg_get_constraintdef(c.oid))
     from pg_constraint c where c.conrelid = $1::regclass and c.contype = 'f' and $2`,
    [table, keys],
  );
  for (const r of rows) await client.query(r.drop);
  return { drop: rows.map((r) => r.drop), create: rows.map((r) => r.create) };
}

async function recreate(client: pg.Client, deferred: Deferred): Promise<void> {
  for (const statement of deferred.create) await client.query(statement);
}

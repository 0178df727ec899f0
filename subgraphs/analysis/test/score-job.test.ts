import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import { openDatabase, type RunningSubgraph } from '@crm/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { analysisDatabase, analysisSubgraph } from '../src';
import { recomputeBank, scoreJobsInFlight } from '../src/score-job/score-job.service';
import { AS_OF, IDS, insertScoredCustomers, PATHS, scoreRows } from './score.fixture';

const db = useTestDatabase();
let sg: RunningSubgraph;
let orm: MikroORM;
let hq: string, hqTrainer: string, bjLeader: string;

const START = `mutation($asOf: String) { startScoreRecompute(asOf: $asOf) { id asOf status totalCustomers processedCustomers startedBy { id } } }`;
const JOB = `query($id: ID!) { scoreJob(id: $id) { id asOf status totalCustomers processedCustomers finishedAt error startedBy { id } } latestScoreJob { id } }`;
const RECOMPUTE = `mutation($id: ID!, $asOf: String) { recomputeCustomerScore(customerId: $id, asOf: $asOf) { customerId } }`;

beforeAll(async () => {
  await insertScoredCustomers(db.url);
  sg = await startTestSubgraph(analysisSubgraph, db.url);
  // a second ORM on the same database, its SQL counted apart, to drive recomputeBank directly
  orm = await openDatabase(analysisDatabase, db.url, { migrate: false, subgraph: 'analysis-batch' });
  hq = await tokenFor(
    staffClaims({ orgPath: PATHS.HO, sub: '7', level: 'HEAD_OFFICE', department: 'STRATEGY', roles: ['STRATEGY_ANALYST'] }),
  );
  hqTrainer = await tokenFor(
    staffClaims({ orgPath: PATHS.HO, sub: '8', level: 'HEAD_OFFICE', department: 'TRAINING', roles: ['TRAINER'] }),
  );
  bjLeader = await tokenFor(staffClaims({ orgPath: PATHS.BJ, sub: '2', level: 'BRANCH', roles: ['BRANCH_LEADER', 'STRATEGY_ANALYST'] }));
});
afterAll(async () => {
  await scoreJobsInFlight();
  await orm?.close(true);
  await sg?.close();
});

async function finished(id: string) {
  return vi.waitFor(
    async () => {
      const job = (await gql(sg.url, JOB, { id }, hq)).data!.scoreJob;
      if (job.status === 'RUNNING') throw new Error('still running');
      return job;
    },
    { timeout: 30_000, interval: 50 },
  );
}

describe('startScoreRecompute', () => {
  it('head office strategy analysts only', async () => {
    for (const token of [hqTrainer, bjLeader]) {
      const res = await gql(sg.url, START, { asOf: AS_OF }, token);
      expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    const bad = await gql(sg.url, START, { asOf: '31.12.2025' }, hq);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });

  it('runs in the background with progress, and equals recomputing each customer alone', async () => {
    const started = await gql(sg.url, START, { asOf: AS_OF }, hq);
    expect(started.errors).toBeUndefined();
    const job = started.data!.startScoreRecompute;
    expect(job).toMatchObject({ asOf: AS_OF, totalCustomers: 3, startedBy: { id: '7' } }); // merged customer not counted
    const done = await finished(job.id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', totalCustomers: 3, processedCustomers: 3, error: null });
    expect(done.finishedAt).toBeTruthy();
    const batch = await scoreRows(db.url);
    expect(batch.map((r: { customer_id: number }) => r.customer_id)).toEqual([IDS.A, IDS.B, IDS.C]);
    expect(batch.every((r: { tier: string | null }) => r.tier)).toBe(true); // tiered by the active policy

    for (const id of [IDS.A, IDS.B, IDS.C])
      expect((await gql(sg.url, RECOMPUTE, { id: String(id), asOf: AS_OF }, hq)).errors).toBeUndefined();
    expect(await scoreRows(db.url)).toEqual(batch);
    expect((await gql(sg.url, JOB, { id: job.id }, hq)).data!.latestScoreJob.id).toBe(job.id);
  });

  it('defaults asOf to the last month-end with balance data', async () => {
    const job = (await gql(sg.url, START, {}, hq)).data!.startScoreRecompute;
    expect(job.asOf).toBe('2025-12-31');
    expect((await finished(job.id)).status).toBe('SUCCEEDED');
  });

  it('one at a time: a start while a job runs is refused', async () => {
    const [running] = await withSql(db.url, (q) =>
      q(`insert into analysis.score_job (as_of, started_by_staff_id) values ('2025-11-30', 7) returning id`),
    );
    try {
      const res = await gql(sg.url, START, { asOf: AS_OF }, hq);
      expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toContain(`job ${running.id}`);
    } finally {
      await withSql(db.url, (q) => q(`update analysis.score_job set status = 'FAILED', finished_at = now() where id = $1`, [running.id]));
    }
  });
});

describe('set-based', () => {
  const statements = async (chunk: number) =>
    (await countSql(['analysis-batch'], () => recomputeBank(orm.em.fork(), AS_OF, { chunk }))).counts['analysis-batch'];

  it('the statements of a batch grow with the chunks, never with the customers', async () => {
    const oneChunk = await statements(100_000);
    // 200 more customers with accounts and balances: still one chunk, the same statements
    await withSql(db.url, async (q) => {
      await q(`insert into customers.customer (id, customer_no, kind, name, id_number, home_org_unit_id, home_org_path)
               select 200 + g, 'C9100' || lpad(g::text, 5, '0'), 'INDIVIDUAL', '批量' || g, 'Y' || g, 5, '/1/2/3/5/' from generate_series(1, 200) g`);
      await q(`insert into customers.account (id, account_no, customer_id, kind, balance, interest_rate, opened_on)
               select 5000 + g, 'B' || g, 200 + g, 'DEMAND_DEPOSIT', 1000, 0.1, '2020-01-01' from generate_series(1, 200) g`);
      await q(`insert into customers.account_balance_monthly (account_id, month, average_balance, closing_balance)
               select 5000 + g, m::date, 1000, 1000 from generate_series(1, 200) g, generate_series('2025-01-01'::date, '2025-12-01', interval '1 month') m`);
    });
    expect(await statements(100_000)).toBe(oneChunk);
    expect((await withSql(db.url, (q) => q(`select count(*)::int as n from analysis.customer_score where as_of = $1`, [AS_OF])))[0].n).toBe(
      203,
    );
    // ids 101…400: chunks of 300 → one chunk (as before); chunks of 100 → three chunks, each costing the
    // same 4 statements (begin, set local jit = off, the scoring statement, commit)
    expect(await statements(300)).toBe(oneChunk);
    expect((await statements(100)) - oneChunk).toBe(2 * 4);
  });
});

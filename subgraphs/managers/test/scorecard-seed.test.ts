import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, startTestSubgraph, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { managersSubgraph } from '../src';
import { seedManagers } from '../src/demo-seed';
import { tokens } from './fixture';
import { insertScorecardFixture, PERIOD } from './scorecard.fixture';

/** The demo seed's targets: every manager, the latest month with balances and the month before, from their own figures. */
const db = useTestDatabase();
let sg: RunningSubgraph;

beforeAll(async () => {
  await insertScorecardFixture(db.url);
  sg = await startTestSubgraph(managersSubgraph, db.url);
});
afterAll(async () => sg?.close());

describe('demo seed of targets', () => {
  it('sets targets for every manager for the latest month with balances and the one before, near their actual figures, once', async () => {
    await seedManagers(db.url);
    const rows = (await withSql(db.url, (q) =>
      q(`select manager_id, to_char(period, 'YYYY-MM') as period, deposit_stock::float8 as deposit_stock, satisfaction::float8 as satisfaction,
                on_time_task_rate::float8 as rate, new_basic_accounts, version
         from managers.manager_target order by manager_id, period`),
    )) as { manager_id: number; period: string; deposit_stock: number; satisfaction: number; rate: number; version: number }[];
    const managers = (await withSql(db.url, (q) => q(`select staff_id from managers.customer_manager where active order by staff_id`))).map(
      (r) => r.staff_id as number,
    );
    // the fixture's balances end in June 2025
    expect(rows.map((r) => [r.manager_id, r.period])).toEqual(
      managers.flatMap((m) => [
        [m, '2025-05'],
        [m, PERIOD],
      ]),
    );
    expect(rows.every((r) => r.satisfaction >= 3.5 && r.satisfaction <= 5 && r.rate >= 0.6 && r.rate <= 1 && r.version === 1)).toBe(true);

    // manager 11's June deposit target is their 191,000 actual × a spread of 0.85–1.15, to the hundred
    const t11 = rows.find((r) => r.manager_id === 11 && r.period === PERIOD)!;
    expect(t11.deposit_stock).toBeGreaterThanOrEqual(162_300);
    expect(t11.deposit_stock).toBeLessThanOrEqual(219_700);
    expect(t11.deposit_stock % 100).toBe(0);

    // achievement varies from manager to manager
    const t = await tokens();
    const res = await gql(
      sg.url,
      `query { scorecards(period: "${PERIOD}") { items { total lines { measure achievement } } } }`,
      {},
      t.analyst,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN'); // strategy analysts do not read managers
    const head = await gql(
      sg.url,
      `query { scorecards(period: "${PERIOD}") { items { manager { id } total lines { measure achievement } } } }`,
      {},
      t.bjHead,
    );
    const items = head.data!.scorecards.items as { total: number; lines: { measure: string; achievement: number }[] }[];
    expect(items.every((i) => i.total != null)).toBe(true);
    const stock = items.map((i) => i.lines.find((l) => l.measure === 'DEPOSIT_STOCK')!.achievement);
    expect(new Set(stock).size).toBeGreaterThan(1);

    // a second run keeps what is there
    await seedManagers(db.url);
    expect(await withSql(db.url, (q) => q(`select count(*)::int as n, max(version) as v from managers.manager_target`))).toEqual([
      { n: rows.length, v: 1 },
    ]);
  });
});

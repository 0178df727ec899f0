import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import { openDatabase, type RunningSubgraph } from '@crm/kit';
import { analysisDatabase, recomputeBank } from '@crm/analysis';
import { managersSubgraph } from '../src';
import { MANAGERS, tokens } from './fixture';
import { C, CARD_11_DEFAULT, EXPECTED_11, insertScorecardFixture, PERIOD, TARGETS_11, TOTAL_11_DEFAULT } from './scorecard.fixture';

/**
 * The scorecard of customer managers on a hand-computed book (scorecard.fixture.ts): each measure,
 * the weighted total and the penalty, targets (versioned, scoped, validated), the weights (validated,
 * versioned: a month is scored with the version in force), a manager's figures equal to the sum of
 * their customers' (and to analysis's per-customer figures), and statements that do not grow with size.
 */
const db = useTestDatabase();
let sg: RunningSubgraph;
let t: Awaited<ReturnType<typeof tokens>>;
let shHead: string;

beforeAll(async () => {
  await insertScorecardFixture(db.url);
  sg = await startTestSubgraph(managersSubgraph, db.url);
  t = await tokens();
  shHead = await tokenFor(
    staffClaims({ orgPath: '/1/6/', sub: '6', orgUnitId: '6', level: 'BRANCH', department: 'RETAIL', roles: ['BRANCH_LEADER'] }),
  );
});
afterAll(async () => sg?.close());

const SET_TARGETS = `mutation($input: SetManagerTargetsInput!) {
  setManagerTargets(input: $input) { manager { id } period depositStock satisfaction onTimeTaskRate version setBy { id } }
}`;
const CARD = `query($id: ID!, $period: String!) { customerManager(id: $id) { id scorecard(period: $period) {
  period from to customers surveys tasksDue tasksOnTime total scoredWeight
  lines { measure penalty actual target achievement weight points }
  weights { id version effectiveFrom orgUnit { id } }
  targets { version }
} } }`;

type Line = {
  measure: string;
  penalty: boolean;
  actual: number | null;
  target: number | null;
  achievement: number | null;
  weight: number;
  points: number | null;
};

async function card(id: number, period = PERIOD, token = t.bjHead) {
  const res = await gql(sg.url, CARD, { id: String(id), period }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.customerManager.scorecard as {
    total: number | null;
    scoredWeight: number;
    lines: Line[];
    weights: { id: string; version: number; effectiveFrom: string; orgUnit: { id: string } | null };
    targets: { version: number } | null;
    [k: string]: unknown;
  };
}
const line = (c: { lines: Line[] }, measure: string) => c.lines.find((l) => l.measure === measure)!;
const target11 = (extra: object = {}) => ({ managerId: String(MANAGERS.BJ0101_A), ...TARGETS_11, ...extra });

describe('targets', () => {
  it('the branch sets a month’s targets, all or nothing, each edit against the version read (stale → CONFLICT)', async () => {
    const first = await gql(sg.url, SET_TARGETS, { input: { period: PERIOD, targets: [target11()] } }, t.bjHead);
    expect(first.errors).toBeUndefined();
    expect(first.data!.setManagerTargets).toEqual([
      {
        manager: { id: '11' },
        period: PERIOD,
        depositStock: 200_000,
        satisfaction: 4.5,
        onTimeTaskRate: 0.8,
        version: 1,
        setBy: { id: '2' },
      },
    ]);

    // set again without the version read: someone set it meanwhile → CONFLICT
    const blind = await gql(sg.url, SET_TARGETS, { input: { period: PERIOD, targets: [target11()] } }, t.bjHead);
    expect(blind.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // an edit of version 1 → version 2; the same edit again is stale
    const edit = await gql(sg.url, SET_TARGETS, { input: { period: PERIOD, targets: [target11({ version: 1 })] } }, t.bjHead);
    expect(edit.data!.setManagerTargets[0].version).toBe(2);
    const stale = await gql(sg.url, SET_TARGETS, { input: { period: PERIOD, targets: [target11({ version: 1 })] } }, t.bjHead);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // all or nothing: a new target for 12 beside a stale one for 11 writes neither
    const mixed = await gql(
      sg.url,
      SET_TARGETS,
      { input: { period: PERIOD, targets: [{ ...target11({ managerId: String(MANAGERS.BJ0101_B) }) }, target11({ version: 1 })] } },
      t.bjHead,
    );
    expect(mixed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // a version for targets that were never set is stale too
    const phantom = await gql(
      sg.url,
      SET_TARGETS,
      { input: { period: PERIOD, targets: [target11({ managerId: String(MANAGERS.BJ0101_B), version: 3 })] } },
      t.bjHead,
    );
    expect(phantom.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const rows = await withSql(db.url, (q) => q(`select manager_id, version from managers.manager_target order by manager_id`));
    expect(rows).toEqual([{ manager_id: MANAGERS.BJ0101_A, version: 2 }]);

    const read = await gql(
      sg.url,
      `query($p: String!) { managerTargets(period: $p) { manager { id } version depositGrowth } }`,
      { p: PERIOD },
      t.bj0101Manager,
    );
    expect(read.data!.managerTargets).toEqual([{ manager: { id: '11' }, version: 2, depositGrowth: 10_000 }]);
  });

  it('refuses bad targets naming the field', async () => {
    const bad = async (targets: object[], period = PERIOD) => {
      const res = await gql(sg.url, SET_TARGETS, { input: { period, targets } }, t.bjHead);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return { field: res.errors![0].extensions!.field as string, message: res.errors![0].message };
    };
    const twelve = target11({ managerId: String(MANAGERS.BJ0101_B) });
    expect(await bad([twelve, target11({ depositStock: -1 })])).toEqual({
      field: 'targets[1].depositStock',
      message: 'targets[1].depositStock must not be negative',
    });
    expect((await bad([target11({ loanGrowth: -5 })])).field).toBe('targets[0].loanGrowth');
    expect((await bad([target11({ satisfaction: 6 })])).field).toBe('targets[0].satisfaction');
    expect((await bad([target11({ onTimeTaskRate: 1.5 })])).field).toBe('targets[0].onTimeTaskRate');
    expect((await bad([target11({ intermediaryIncome: 0.001 })])).field).toBe('targets[0].intermediaryIncome');
    expect((await bad([twelve, twelve])).field).toBe('targets[1].managerId');
    expect((await bad([])).field).toBe('targets');
    expect((await bad([twelve], '2025-13')).field).toBe('period');
    expect((await bad([twelve], '2025-Q2')).field).toBe('period');
  });

  it('only managers in the caller’s scope: a Shanghai leader cannot set a Beijing manager’s targets (NOT_FOUND, like no such manager)', async () => {
    const beijing = await gql(sg.url, SET_TARGETS, { input: { period: '2025-07', targets: [target11()] } }, shHead);
    const nobody = await gql(sg.url, SET_TARGETS, { input: { period: '2025-07', targets: [target11({ managerId: '99999' })] } }, shHead);
    expect(beijing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(beijing.errors?.[0]?.message).toBe(nobody.errors?.[0]?.message);
    // their own manager beside the Beijing one: nothing is written
    const both = await gql(
      sg.url,
      SET_TARGETS,
      { input: { period: '2025-07', targets: [target11({ managerId: String(MANAGERS.SH0101) }), target11()] } },
      shHead,
    );
    expect(both.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await withSql(db.url, (q) => q(`select 1 from managers.manager_target where period = '2025-07-01'`))).toEqual([]);
    // and cannot read them either
    const read = await gql(sg.url, `query { managerTargets(period: "${PERIOD}", orgUnitId: "4") { version } }`, {}, shHead);
    expect(read.data!.managerTargets).toEqual([]);
  });

  it('a role without TARGET_SET is FORBIDDEN (a customer manager, a trainer)', async () => {
    for (const token of [t.bj0101Manager, t.trainer]) {
      const res = await gql(sg.url, SET_TARGETS, { input: { period: PERIOD, targets: [target11({ version: 2 })] } }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data?.setManagerTargets ?? null).toBeNull();
    }
  });
});

describe('the scorecard of a month', () => {
  // the targets the first test set through the API (set here when that test was not run)
  beforeAll(async () => {
    await withSql(db.url, (q) =>
      q(
        `insert into managers.manager_target (manager_id, period, deposit_stock, deposit_growth, loan_stock, loan_growth, intermediary_income,
           new_basic_accounts, satisfaction, on_time_task_rate)
         values ($1, '2025-06-01', $2, $3, $4, $5, $6, $7, $8, $9) on conflict do nothing`,
        [MANAGERS.BJ0101_A, ...Object.values(TARGETS_11)],
      ),
    );
  });

  it('each measure, its achievement and points, and the weighted total — by hand', async () => {
    const c = await card(MANAGERS.BJ0101_A);
    expect(c).toMatchObject({
      period: PERIOD,
      from: '2025-06-01',
      to: '2025-06-30',
      customers: 3,
      surveys: EXPECTED_11.surveys,
      tasksDue: EXPECTED_11.tasksDue,
      tasksOnTime: EXPECTED_11.tasksOnTime,
      total: TOTAL_11_DEFAULT,
      scoredWeight: 100,
      targets: { version: expect.any(Number) },
      weights: { version: 1, effectiveFrom: '2000-01', orgUnit: null },
    });
    expect(c.lines.map((l) => l.measure)).toEqual(CARD_11_DEFAULT.map((l) => l.measure));
    const actual: Record<string, number> = {
      DEPOSIT_STOCK: EXPECTED_11.depositStock,
      DEPOSIT_GROWTH: EXPECTED_11.depositGrowth,
      LOAN_STOCK: EXPECTED_11.loanStock,
      LOAN_GROWTH: EXPECTED_11.loanGrowth,
      NEW_OVERDUE_LOANS: EXPECTED_11.newOverdueLoans,
      INTERMEDIARY_INCOME: EXPECTED_11.intermediaryIncome,
      NEW_BASIC_ACCOUNTS: EXPECTED_11.newBasicAccounts,
      SATISFACTION: EXPECTED_11.satisfaction,
      ON_TIME_TASK_RATE: EXPECTED_11.onTimeTaskRate,
    };
    for (const expected of CARD_11_DEFAULT) {
      expect(line(c, expected.measure), expected.measure).toMatchObject({ ...expected, actual: actual[expected.measure] });
    }
    expect(line(c, 'NEW_OVERDUE_LOANS')).toMatchObject({ penalty: true, target: null });
    expect(line(c, 'DEPOSIT_STOCK')).toMatchObject({ penalty: false, target: TARGETS_11.depositStock });
  });

  it('the penalty: each new overdue loan takes its points, never more than the cap; May’s overdue loan is May’s', async () => {
    const may = await card(MANAGERS.BJ0101_A, '2025-05');
    // the loan due 20 May and still owed on 31 May; no targets for May, so no total — the penalty is still shown
    expect(line(may, 'NEW_OVERDUE_LOANS')).toMatchObject({ actual: 1, points: -5 });
    expect(may.total).toBeNull();
    expect(may.targets).toBeNull();
    // five loans of manager 12's customer fall due in June unpaid: 5 × 5 = 25, capped at 20
    await withSql(db.url, async (q) => {
      await q(`insert into customers.account (id, account_no, customer_id, kind, balance, opened_on, matures_on, status)
               select 92000 + g, 'SC' || (92000 + g), ${C.B1}, 'LOAN', 100, '2024-06-01', ('2025-06-0' || g)::date, 'OPEN' from generate_series(1, 5) g`);
      await q(`insert into customers.account_balance_monthly (account_id, month, average_balance, closing_balance)
               select 92000 + g, '2025-06-01', 100, 100 from generate_series(1, 5) g`);
    });
    try {
      const twelve = await card(MANAGERS.BJ0101_B);
      expect(line(twelve, 'NEW_OVERDUE_LOANS')).toMatchObject({ actual: 5, weight: 20, points: -20 });
      expect(line(twelve, 'LOAN_STOCK')).toMatchObject({ actual: 500, target: null, achievement: null, points: null });
      expect(twelve.total).toBeNull();
    } finally {
      await withSql(db.url, async (q) => {
        await q(`delete from customers.account_balance_monthly where account_id between 92001 and 92005`);
        await q(`delete from customers.account where id between 92001 and 92005`);
      });
    }
  });

  it('a manager’s figures are the sum of their customers’ — and analysis’s per-customer figures as of the month’s end', async () => {
    const c = await card(MANAGERS.BJ0101_A);
    const sum = Object.values(EXPECTED_11.depositsByCustomer).reduce((a, b) => a + b, 0);
    expect(line(c, 'DEPOSIT_STOCK').actual).toBe(sum);

    // analysis scores the same customers as of 30 June: its deposit and loan balances, customer by customer
    const orm = await openDatabase(analysisDatabase, db.url, { migrate: false, subgraph: 'analysis' });
    try {
      await recomputeBank(orm.em.fork(), '2025-06-30');
    } finally {
      await orm.close();
    }
    const scores = (await withSql(db.url, (q) =>
      q(
        `select customer_id, deposit_balance::float8 as deposits, loan_balance::float8 as loans, contribution::float8 as contribution
         from analysis.customer_score where as_of = '2025-06-30' and customer_id = any($1::int[]) order by customer_id`,
        [[C.A1, C.A2, C.A3]],
      ),
    )) as { customer_id: number; deposits: number; loans: number; contribution: number }[];
    expect(Object.fromEntries(scores.map((s) => [s.customer_id, s.deposits]))).toEqual(EXPECTED_11.depositsByCustomer);
    expect(line(c, 'DEPOSIT_STOCK').actual).toBe(scores.reduce((a, s) => a + s.deposits, 0));
    expect(line(c, 'LOAN_STOCK').actual).toBe(scores.reduce((a, s) => a + s.loans, 0));

    // the unit's per-manager figures: contribution (analysis's, summed), tier mix, complaints of the month
    const res = await gql(
      sg.url,
      `query($r: [_Any!]!, $p: String!) { _entities(representations: $r) { ... on OrgUnit { id managerFigures(period: $p) {
          manager { id } customers contribution contributionAsOf complaints tiers { tier customers } } } } }`,
      { r: [{ __typename: 'OrgUnit', id: '4' }], p: PERIOD },
      t.bjHead,
    );
    expect(res.errors).toBeUndefined();
    const figures = res.data!._entities[0].managerFigures as {
      manager: { id: string };
      customers: number;
      contribution: number;
      contributionAsOf: string;
      complaints: number;
      tiers: { tier: string; customers: number }[];
    }[];
    expect(figures.map((f) => f.manager.id)).toEqual(['11', '12']);
    const f11 = figures[0];
    expect(f11).toMatchObject({ customers: 3, complaints: EXPECTED_11.complaints, contributionAsOf: '2025-06-30' });
    expect(f11.contribution).toBeCloseTo(
      scores.reduce((a, s) => a + s.contribution, 0),
      2,
    );
    const tiers = (await withSql(db.url, (q) =>
      q(`select tier, count(*)::int as customers from analysis_api.customer_tier where customer_id = any($1::int[]) group by tier`, [
        [C.A1, C.A2, C.A3],
      ]),
    )) as { tier: string; customers: number }[];
    expect(tiers.reduce((a, r) => a + r.customers, 0)).toBe(3);
    expect([...f11.tiers].sort((a, b) => a.tier.localeCompare(b.tier))).toEqual(tiers.sort((a, b) => a.tier.localeCompare(b.tier)));
  });
});

describe('scorecard weights', () => {
  const SET_WEIGHTS = `mutation($input: SetScorecardWeightsInput!) { setScorecardWeights(input: $input) { id version effectiveFrom orgUnit { id } setBy { id } reason depositStock } }`;
  const next = (() => {
    const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
      .format(new Date())
      .split('-')
      .map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  })();
  const weights = {
    depositStock: 30,
    depositGrowth: 10,
    loanStock: 15,
    loanGrowth: 10,
    intermediaryIncome: 10,
    newBasicAccounts: 5,
    satisfaction: 10,
    onTimeTaskRate: 10,
  };
  const input = (extra: object = {}) => ({
    effectiveFrom: next,
    weights,
    overduePenaltyPerLoan: 5,
    overduePenaltyCap: 20,
    reason: '存款立行：提高存款余额权重',
    ...extra,
  });

  it('refuses weights that do not sum to 100, or out of range, or a past month, naming the field', async () => {
    const bad = async (i: object) => {
      const res = await gql(sg.url, SET_WEIGHTS, { input: i }, t.bjHead);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return { field: res.errors![0].extensions!.field as string, message: res.errors![0].message };
    };
    expect(await bad(input({ weights: { ...weights, depositStock: 25 } }))).toEqual({
      field: 'weights',
      message: 'weights must sum to 100 (they sum to 95)',
    });
    expect((await bad(input({ weights: { ...weights, depositStock: -5, depositGrowth: 45 } }))).field).toBe('weights.depositStock');
    expect((await bad(input({ overduePenaltyCap: 101 }))).field).toBe('overduePenaltyCap');
    expect((await bad(input({ effectiveFrom: '2025-06' }))).field).toBe('effectiveFrom');
    expect((await bad(input({ reason: '  ' }))).field).toBe('reason');
    expect(await withSql(db.url, (q) => q(`select count(*)::int as n from managers.scorecard_weights`))).toEqual([{ n: 1 }]);
  });

  it('a role without TARGET_SET is FORBIDDEN; another branch’s unit is NOT_FOUND', async () => {
    for (const token of [t.bj0101Manager, t.trainer, t.analyst]) {
      const res = await gql(sg.url, SET_WEIGHTS, { input: input() }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const res = await gql(sg.url, SET_WEIGHTS, { input: input({ orgUnitId: '2' }) }, shHead);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const read = await gql(sg.url, `query { scorecardWeights(orgUnitId: "4") { current { id } } }`, {}, shHead);
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('a month is scored with the version in force then: the unit’s own over the bank’s, the latest month on or before it', async () => {
    // the Beijing branch's versions as if set back then: June 2025 (deposits first, a harsher penalty) and July 2025
    await withSql(db.url, (q) =>
      q(`insert into managers.scorecard_weights (org_unit_id, org_path, version, effective_from, deposit_stock, deposit_growth, loan_stock,
           loan_growth, intermediary_income, new_basic_accounts, satisfaction, on_time_task_rate, overdue_penalty_per_loan, overdue_penalty_cap,
           set_by_staff_id, reason, set_at)
         values (2, '/1/2/', 1, '2025-06-01', 40, 10, 10, 10, 10, 0, 10, 10, 10, 10, 2, '六月方案', '2025-05-25'),
                (2, '/1/2/', 2, '2025-07-01', 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, '七月方案', '2025-06-25')`),
    );
    const june = await card(MANAGERS.BJ0101_A);
    expect(june.weights).toMatchObject({ version: 1, effectiveFrom: '2025-06', orgUnit: { id: '2' } });
    // 40 × 0.955 = 38.20; 10 × 1.2 = 12; 10 × 1.01 = 10.10; 0; 10 × 0.655 = 6.55; 0 × 0.5 = 0; 10 × 0.8889 = 8.89; 10 × 0.625 = 6.25
    // = 81.99, less the penalty min(10, 1 × 10) = 10
    expect(june.total).toBe(71.99);
    expect(line(june, 'NEW_OVERDUE_LOANS')).toMatchObject({ weight: 10, points: -10 });
    expect(line(june, 'NEW_BASIC_ACCOUNTS')).toMatchObject({ weight: 0, points: 0 });
    // May: before either Beijing version — the bank's default
    expect((await card(MANAGERS.BJ0101_A, '2025-05')).weights).toMatchObject({ version: 1, effectiveFrom: '2000-01', orgUnit: null });
    // July: Beijing's second version; Shanghai's manager keeps the bank's default in June
    expect((await card(MANAGERS.BJ0101_A, '2025-07')).weights).toMatchObject({ version: 2, orgUnit: { id: '2' } });
    expect((await card(MANAGERS.SH0101, PERIOD, t.trainer)).weights).toMatchObject({ version: 1, orgUnit: null });

    // a new version: against the latest read (2); without it, or stale, CONFLICT
    expect((await gql(sg.url, SET_WEIGHTS, { input: input({ orgUnitId: '2' }) }, t.bjHead)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await gql(sg.url, SET_WEIGHTS, { input: input({ orgUnitId: '2', version: 1 }) }, t.bjHead)).errors?.[0]?.extensions?.code).toBe(
      'CONFLICT',
    );
    const set = await gql(sg.url, SET_WEIGHTS, { input: input({ version: 2 }) }, t.bjHead);
    expect(set.errors).toBeUndefined();
    expect(set.data!.setScorecardWeights).toMatchObject({
      version: 3,
      effectiveFrom: next,
      orgUnit: { id: '2' },
      setBy: { id: '2' },
      depositStock: 30,
    });

    const history = await gql(
      sg.url,
      `query { scorecardWeights(orgUnitId: "4") { current { version effectiveFrom orgUnit { id } } history { version effectiveFrom orgUnit { id } reason } } }`,
      {},
      t.bj0101Manager,
    );
    expect(history.errors).toBeUndefined();
    // in force this month: Beijing's July 2025 version (the new one starts next month)
    expect(history.data!.scorecardWeights.current).toEqual({ version: 2, effectiveFrom: '2025-07', orgUnit: { id: '2' } });
    expect(
      history.data!.scorecardWeights.history.map((h: { version: number; orgUnit: { id: string } | null }) => [
        h.orgUnit?.id ?? null,
        h.version,
      ]),
    ).toEqual([
      ['2', 3],
      ['2', 2],
      ['2', 1],
      [null, 1],
    ]);
    // June is still scored as it was
    expect((await card(MANAGERS.BJ0101_A)).total).toBe(71.99);
    await withSql(db.url, (q) => q(`delete from managers.scorecard_weights where org_path = '/1/2/'`));
    expect((await card(MANAGERS.BJ0101_A)).total).toBe(TOTAL_11_DEFAULT);
  });
});

describe('comparing a unit’s managers', () => {
  const COMPARE = `query($unit: ID, $p: String!, $page: PageInput) { scorecards(orgUnitId: $unit, period: $p, page: $page) {
    total page pageSize items { manager { id } total customers lines { measure actual points } } } }`;

  it('ranks the managers of a unit and the units below it by total, unscored last; outside the scope nothing', async () => {
    const res = await gql(sg.url, COMPARE, { unit: '3', p: PERIOD, page: { pageSize: 10 } }, t.bjHead);
    expect(res.errors).toBeUndefined();
    const page = res.data!.scorecards;
    expect(page.total).toBe(4); // 11, 12 (BJ0101), 13 (BJ0102), 14 (BJ01)
    expect(page.items.map((i: { manager: { id: string } }) => i.manager.id)).toEqual(['11', '12', '13', '14']);
    expect(page.items[0].total).toBe(TOTAL_11_DEFAULT);
    expect(page.items.slice(1).every((i: { total: number | null }) => i.total === null)).toBe(true);
    const second = await gql(sg.url, COMPARE, { unit: '3', p: PERIOD, page: { page: 2, pageSize: 3 } }, t.bjHead);
    expect(second.data!.scorecards.items.map((i: { manager: { id: string } }) => i.manager.id)).toEqual(['14']);

    const outside = await gql(sg.url, COMPARE, { unit: '8', p: PERIOD }, t.bjHead);
    expect(outside.data!.scorecards).toMatchObject({ total: 0, items: [] });
    const ent = await gql(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on CustomerManager { id scorecard(period: "${PERIOD}") { total } } } }`,
      { r: [{ __typename: 'CustomerManager', id: String(MANAGERS.SH0101) }] },
      t.bjHead,
    );
    expect(ent.data!._entities).toEqual([null]);
    const figures = await gql(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { id managerFigures(period: "${PERIOD}") { manager { id } } } } }`,
      { r: [{ __typename: 'OrgUnit', id: '8' }] },
      t.bj0101Manager,
    );
    expect(figures.data!._entities).toEqual([{ id: '8', managerFigures: [] }]);
  });

  it('takes the same number of statements whatever the page size and the size of the portfolios', async () => {
    const statements = async () => {
      const compare = await countSql(['managers'], () => gql(sg.url, COMPARE, { unit: '2', p: PERIOD, page: { pageSize: 1 } }, t.bjHead));
      const compareBig = await countSql(['managers'], () =>
        gql(sg.url, COMPARE, { unit: '2', p: PERIOD, page: { pageSize: 50 } }, t.bjHead),
      );
      const list = await countSql(['managers'], () =>
        gql(
          sg.url,
          `query { customerManagers(page: { pageSize: 50 }) { items { id scorecard(period: "${PERIOD}") { total lines { points } } } } }`,
          {},
          t.bjHead,
        ),
      );
      for (const r of [compare, compareBig, list]) expect(r.result.errors).toBeUndefined();
      return [compare.counts.managers, compareBig.counts.managers, list.counts.managers];
    };
    const before = await statements();
    expect(before[0]).toBe(before[1]);
    // 300 more customers for manager 12, each with two accounts, balances, fees and a survey
    await withSql(db.url, async (q) => {
      await q(`insert into customers.customer (id, customer_no, kind, name, id_number, home_org_unit_id, home_org_path, status)
               select 95000 + g, 'C00' || (95000 + g), 'INDIVIDUAL', '大户' || g, '1101051990' || lpad(g::text, 8, '0'), 4, '/1/2/3/4/', 'ACTIVE'
               from generate_series(1, 300) g`);
      await q(`insert into customers.account (id, account_no, customer_id, kind, balance, opened_on, matures_on, status)
               select 96000 + g * 2 + k, 'SB' || (96000 + g * 2 + k), 95000 + g, case k when 0 then 'DEMAND_DEPOSIT' else 'LOAN' end, 100,
                      '2024-01-01', case k when 0 then null else date '2027-01-01' end, 'OPEN'
               from generate_series(1, 300) g, generate_series(0, 1) k`);
      await q(`insert into customers.account_balance_monthly (account_id, month, average_balance, closing_balance)
               select 96000 + g * 2 + k, m, 100, 100 from generate_series(1, 300) g, generate_series(0, 1) k, (values (date '2025-05-01'), (date '2025-06-01')) v(m)`);
      await q(`insert into customers.account_transaction (account_id, customer_id, booked_at, amount, direction, channel, category)
               select 96000 + g * 2, 95000 + g, '2025-06-15 10:00+08', 1, 'DEBIT', 'COUNTER', 'FEE' from generate_series(1, 300) g`);
      await q(`insert into customers.satisfaction_survey (customer_id, touchpoint, csat, surveyed_at)
               select 95000 + g, 'COUNTER', 1 + g % 5, '2025-06-15 10:00+08' from generate_series(1, 300) g`);
      await q(`insert into managers.portfolio_assignment (customer_id, customer_org_path, manager_id, reason)
               select 95000 + g, '/1/2/3/4/', ${MANAGERS.BJ0101_B}, 'INITIAL' from generate_series(1, 300) g`);
    });
    const after = await statements();
    expect(after).toEqual(before);
    // and the bigger book is counted: 12's deposits are 10,000 + 300 × 100
    expect(line(await card(MANAGERS.BJ0101_B), 'DEPOSIT_STOCK').actual).toBe(40_000);
  });
});

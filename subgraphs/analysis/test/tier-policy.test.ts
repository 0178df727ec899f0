import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, startTestSubgraph, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { analysisSubgraph } from '../src';
import { DEFAULT_TIER_POLICIES } from '../src/migrations/0002-default-tier-policies.migration';
import { tierPolicyIssues, type TierPolicyDraft } from '../src/tier-policy/tier-policy.validation';
import { insertCustomers, insertScores, tiersAt, tokens } from './tier.fixture';

const PYRAMID = ['VIP', 'CRITICAL', 'KEY', 'VALUE', 'BASIC'];
const LADDER = ['GOLD', 'KEY', 'QUALITY', 'GENERAL', 'RESTRICTED', 'ELIMINATED'];
const ge = (value: number, metric = 'WEIGHTED_ASSETS') => ({ metric, op: '>=', value });

/** a valid value pyramid by weighted assets; thresholds top to bottom */
function pyramid(thresholds = [5_000_000, 1_000_000, 300_000, 50_000], name = '测试金字塔'): TierPolicyDraft {
  return {
    scheme: 'VALUE_PYRAMID',
    name,
    effectiveFrom: '2026-01-01',
    assetCoefficients: { deposit: 1, wealth: 0.8, timeDeposit: 1 },
    rules: PYRAMID.map((tier, i) => ({ tier, condition: i < 4 ? ge(thresholds[i]) : null })),
  };
}
const withRule = (draft: TierPolicyDraft, i: number, patch: Record<string, unknown>): TierPolicyDraft => ({
  ...draft,
  rules: draft.rules.map((r, j) => (j === i ? { ...r, ...patch } : r)),
});
const first = (draft: TierPolicyDraft) => tierPolicyIssues(draft)[0];

describe('validation (pure)', () => {
  it('accepts both built-in policies and a plain pyramid', () => {
    for (const [scheme, p] of Object.entries(DEFAULT_TIER_POLICIES)) {
      expect(
        tierPolicyIssues({
          scheme,
          name: p.name,
          effectiveFrom: '2025-01-01',
          rules: p.rules as never,
          assetCoefficients: p.assetCoefficients,
        }),
      ).toEqual([]);
    }
    expect(tierPolicyIssues(pyramid())).toEqual([]);
  });

  it('refuses tiers in the wrong order, missing, foreign or twice — naming the field', () => {
    const swapped = pyramid();
    swapped.rules = [swapped.rules[0], swapped.rules[2], swapped.rules[1], swapped.rules[3], swapped.rules[4]];
    expect(first(swapped)).toEqual({ field: 'rules[1].tier', message: expect.stringContaining('rules[1].tier must be CRITICAL, not KEY') });
    const missing = pyramid();
    missing.rules = missing.rules.filter((r) => r.tier !== 'CRITICAL');
    expect(first(missing)).toEqual({ field: 'rules', message: expect.stringContaining('CRITICAL is missing') });
    expect(first(withRule(pyramid(), 2, { tier: 'GOLD' }))).toEqual({
      field: 'rules[2].tier',
      message: expect.stringContaining('GOLD is not a tier of the value pyramid'),
    });
    expect(first(withRule(pyramid(), 2, { tier: 'VIP' }))).toMatchObject({
      field: 'rules[2].tier',
      message: expect.stringContaining('VIP appears twice'),
    });
  });

  it('refuses a threshold not strictly below the tier above: the message says which tier takes its customers', () => {
    expect(first(pyramid([5_000_000, 1_000_000, 6_000_000, 50_000]))).toEqual({
      field: 'rules[2].condition',
      message:
        'rules[2].condition: KEY (WEIGHTED_ASSETS ≥ 6,000,000) can never be reached: VIP above it already takes everyone with WEIGHTED_ASSETS ≥ 5,000,000',
    });
    // equal is not strictly below
    expect(first(pyramid([5_000_000, 5_000_000, 300_000, 50_000]))).toMatchObject({
      field: 'rules[1].condition',
      message: expect.stringContaining('CRITICAL (WEIGHTED_ASSETS ≥ 5,000,000) can never be reached: VIP above it'),
    });
    // > 5 M under ≥ 5 M is unreachable; ≥ 5 M under > 5 M is not (exactly 5 M remains)
    expect(first(withRule(pyramid(), 1, { condition: { metric: 'WEIGHTED_ASSETS', op: '>', value: 5_000_000 } }))?.field).toBe(
      'rules[1].condition',
    );
    expect(
      tierPolicyIssues(
        withRule(withRule(pyramid(), 0, { condition: { metric: 'WEIGHTED_ASSETS', op: '>', value: 5_000_000 } }), 1, {
          condition: ge(5_000_000),
        }),
      ),
    ).toEqual([]);
  });

  it('finds a tier covered only by the union of the tiers above, an impossible condition, and a last tier nobody reaches', () => {
    const split = withRule(withRule(pyramid(), 0, { condition: ge(1_000_000) }), 1, {
      condition: { metric: 'WEIGHTED_ASSETS', op: '<', value: 1_000_000 },
    });
    const issues = tierPolicyIssues(split);
    expect(issues[0]).toEqual({
      field: 'rules[2].condition',
      message: expect.stringContaining(
        'KEY (WEIGHTED_ASSETS ≥ 300,000) can never be reached: the tiers above it (VIP, CRITICAL) already take everyone it would',
      ),
    });
    expect(issues.at(-1)).toEqual({
      field: 'rules[4]',
      message: expect.stringContaining('BASIC can never be reached: the tiers above it (VIP, CRITICAL) already take every customer'),
    });
    const impossible = withRule(pyramid(), 2, {
      condition: { all: [ge(300_000), { metric: 'WEIGHTED_ASSETS', op: '<', value: 200_000 }] },
    });
    expect(first(impossible)).toEqual({ field: 'rules[2].condition', message: expect.stringContaining('its condition can never hold') });
  });

  it('reasons over several metrics: contained in one tier above is refused, a real gap is accepted', () => {
    const ladder = (gold: unknown, key: unknown): TierPolicyDraft => ({
      scheme: 'QUALITY_LADDER',
      name: 'q',
      effectiveFrom: '2026-01-01',
      assetCoefficients: { deposit: 1, wealth: 1, timeDeposit: 1 },
      rules: LADDER.map((tier, i) => ({ tier, condition: i === 0 ? gold : i === 1 ? key : i < 5 ? ge(i * -1000, 'CONTRIBUTION') : null })),
    });
    const gold = ge(20_000, 'CONTRIBUTION');
    expect(first(ladder(gold, { all: [ge(30_000, 'CONTRIBUTION'), ge(50, 'LOYALTY')] }))).toMatchObject({
      field: 'rules[1].condition',
      message: expect.stringContaining(
        'KEY (CONTRIBUTION ≥ 30,000 AND LOYALTY ≥ 50) can never be reached: GOLD above it already takes everyone with CONTRIBUTION ≥ 20,000',
      ),
    });
    const goldAll = { all: [ge(20_000, 'CONTRIBUTION'), ge(70, 'LOYALTY')] };
    expect(tierPolicyIssues(ladder(goldAll, { all: [ge(20_000, 'CONTRIBUTION'), ge(50, 'LOYALTY')] }))).toEqual([]);
  });

  it.each([
    ['an unknown metric', { metric: 'AUM', op: '>=', value: 1 }, 'rules[0].condition.metric', 'must be one of WEIGHTED_ASSETS'],
    ['an unknown operator', { metric: 'LOYALTY', op: '=>', value: 1 }, 'rules[0].condition.op', 'must be one of >=, >, <=, <'],
    ['a value that is not a number', { metric: 'LOYALTY', op: '>=', value: '70' }, 'rules[0].condition.value', 'must be a finite number'],
    ['an empty all', { all: [] }, 'rules[0].condition.all', 'non-empty list'],
    ['all and any together', { all: [ge(1)], any: [ge(2)] }, 'rules[0].condition', 'must have "all" alone'],
    ['a stray key', { metric: 'LOYALTY', op: '>=', value: 1, weight: 2 }, 'rules[0].condition.weight', 'unknown key "weight"'],
    [
      'a nested bad value',
      { any: [ge(5_000_000), { metric: 'LOYALTY', op: '<', value: null }] },
      'rules[0].condition.any[1].value',
      'finite number',
    ],
    ['a list instead of an object', [ge(1)], 'rules[0].condition', 'must be { "all": [...] }'],
  ])('refuses a malformed condition: %s', (_what, condition, field, words) => {
    expect(first(withRule(pyramid(), 0, { condition }))).toEqual({ field, message: expect.stringContaining(words) });
  });

  it('needs a condition on every tier but the last, and none on the last', () => {
    expect(first(withRule(pyramid(), 1, { condition: null }))).toEqual({
      field: 'rules[1].condition',
      message: expect.stringContaining('CRITICAL is not last'),
    });
    expect(first(withRule(pyramid(), 4, { condition: ge(0) }))).toEqual({
      field: 'rules[4].condition',
      message: expect.stringContaining('must be null: BASIC is the last tier'),
    });
  });

  it.each([
    [{ assetCoefficients: { deposit: 1, wealth: 2.5, timeDeposit: 1 } }, 'assetCoefficients.wealth'],
    [{ assetCoefficients: { deposit: -0.1, wealth: 1, timeDeposit: 1 } }, 'assetCoefficients.deposit'],
    [{ assetCoefficients: { deposit: 1, wealth: 1, timeDeposit: Number.POSITIVE_INFINITY } }, 'assetCoefficients.timeDeposit'],
    [{ effectiveFrom: '2026-02-30' }, 'effectiveFrom'],
    [{ name: '   ' }, 'name'],
    [{ scheme: 'PYRAMID' }, 'scheme'],
  ])('refuses %j naming %s', (patch, field) => {
    expect(first({ ...pyramid(), ...patch } as TierPolicyDraft)?.field).toBe(field);
  });
});

const db = useTestDatabase();
let sg: RunningSubgraph;
let t: Awaited<ReturnType<typeof tokens>>;
const POLICY =
  'id scheme policyVersion name nameEn status effectiveFrom rules { tier condition description } assetCoefficients { deposit wealth timeDeposit } createdBy { id } createdAt approvedBy { id } approvedAt version';
const SAVE = `mutation($input: TierPolicyInput!) { saveTierPolicyDraft(input: $input) { ${POLICY} } }`;
const APPROVE = `mutation($id: ID!, $version: Int!) { approveTierPolicy(id: $id, version: $version) { ${POLICY} } }`;
const PREVIEW = `query($input: TierPolicyInput!, $asOf: String) { previewTierPolicy(input: $input, asOf: $asOf) {
  asOf customers moving moves { from to customers } before { tier customers } after { tier customers } } }`;
const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
const AS_OF = '2026-01-01';

beforeAll(async () => {
  sg = await startTestSubgraph(analysisSubgraph, db.url);
  t = await tokens();
  // 30 customers over three outlets, weighted assets from 0 to 14.5 M
  const ids = [
    ...(await insertCustomers(db.url, 'BJ0101', 10)),
    ...(await insertCustomers(db.url, 'BJ0102', 10)),
    ...(await insertCustomers(db.url, 'SH0101', 10)),
  ];
  await insertScores(
    db.url,
    ids.map((customerId, i) => ({
      customerId,
      asOf: AS_OF,
      outlet: i < 10 ? 'BJ0101' : i < 20 ? 'BJ0102' : 'SH0101',
      weightedAssets:
        [0, 20_000, 49_999.99, 50_000, 120_000, 299_999.99, 300_000, 800_000, 1_000_000, 4_999_999.99][i % 10] * (1 + Math.floor(i / 10)),
    })),
  );
});
afterAll(() => sg?.close());

describe('reading policies', () => {
  it('lists both built-in schemes, the value pyramid active, made by one seeded analyst and approved by the other', async () => {
    const res = await gql(sg.url, `{ tierPolicies { scheme policyVersion status } activeTierPolicy { ${POLICY} } }`, {}, t.bj0101);
    expect(res.errors).toBeUndefined();
    expect(res.data!.tierPolicies).toEqual([
      { scheme: 'QUALITY_LADDER', policyVersion: 1, status: 'DRAFT' },
      { scheme: 'VALUE_PYRAMID', policyVersion: 1, status: 'ACTIVE' },
    ]);
    expect(res.data!.activeTierPolicy).toMatchObject({
      scheme: 'VALUE_PYRAMID',
      policyVersion: 1,
      // named in Chinese, with its English name beside it (0006), like an org unit
      name: '日均综合金融资产分层',
      nameEn: 'Tiers by weighted daily-average assets',
      effectiveFrom: '2025-01-01',
      createdBy: { id: '1' },
      approvedBy: { id: '2' },
      approvedAt: '2025-01-01T00:00:00.000Z',
      assetCoefficients: { deposit: 1, wealth: 0.8, timeDeposit: 1 },
      rules: [
        { tier: 'VIP', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 5_000_000 } },
        { tier: 'CRITICAL' },
        { tier: 'KEY' },
        { tier: 'VALUE' },
        { tier: 'BASIC', condition: null },
      ],
    });
  });
});

describe('who may decide', () => {
  it('lets only head-office strategy analysts preview, save and approve (TIER_POLICY_EDIT, TIER_POLICY_APPROVE)', async () => {
    const input = pyramid();
    for (const token of [t.bjHead, t.bj0101, t.sh0101, t.hoTrainer, t.hoProduct]) {
      expect(codeOf(await gql(sg.url, PREVIEW, { input }, token))).toBe('FORBIDDEN');
      expect(codeOf(await gql(sg.url, SAVE, { input }, token))).toBe('FORBIDDEN');
      expect(codeOf(await gql(sg.url, APPROVE, { id: '2', version: 1 }, token))).toBe('FORBIDDEN');
    }
    const [{ n }] = await withSql(db.url, (q) => q(`select count(*)::int as n from analysis.tier_policy`));
    expect(n).toBe(2);
  });
});

describe('saving and approving', () => {
  it('refuses an invalid policy with the field and every issue, and writes nothing', async () => {
    const res = await gql(sg.url, SAVE, { input: pyramid([5_000_000, 1_000_000, 6_000_000, 50_000]) }, t.analyst);
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'rules[2].condition',
      issues: [{ field: 'rules[2].condition' }],
    });
    expect(res.errors![0].message).toContain('KEY (WEIGHTED_ASSETS ≥ 6,000,000) can never be reached: VIP above it');
    const bad = await gql(
      sg.url,
      SAVE,
      { input: { ...pyramid(), assetCoefficients: { deposit: 1, wealth: 3, timeDeposit: 1 } } },
      t.analyst,
    );
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assetCoefficients.wealth' });
    const [{ n }] = await withSql(db.url, (q) => q(`select count(*)::int as n from analysis.tier_policy`));
    expect(n).toBe(2);
  });

  it('saves the next version of the scheme as a draft; approving needs the current version; preview equals what approval does', async () => {
    const saved = (await gql(sg.url, SAVE, { input: pyramid([2_000_000, 800_000, 100_000, 20_000], '  收紧后的金字塔  ') }, t.analyst))
      .data!.saveTierPolicyDraft;
    expect(saved).toMatchObject({
      scheme: 'VALUE_PYRAMID',
      policyVersion: 2,
      name: '收紧后的金字塔',
      nameEn: null, // none given
      status: 'DRAFT',
      version: 1,
      createdBy: { id: '1' },
      approvedBy: null,
      approvedAt: null,
      effectiveFrom: '2026-01-01',
    });

    // the 30 hand-built scores are untiered: approving v2 places everyone (from null)
    const preview = (await gql(sg.url, PREVIEW, { input: pyramid([2_000_000, 800_000, 100_000, 20_000]) }, t.analyst02)).data!
      .previewTierPolicy;
    expect(preview).toMatchObject({ asOf: AS_OF, customers: 30, moving: 30 });
    expect(preview.before).toEqual(PYRAMID.map((tier) => ({ tier, customers: 0 })));

    // the checker is a second analyst (maker-checker, below)
    expect(codeOf(await gql(sg.url, APPROVE, { id: saved.id, version: 0 }, t.analyst02))).toBe('CONFLICT');
    const approved = (await gql(sg.url, APPROVE, { id: saved.id, version: 1 }, t.analyst02)).data!.approveTierPolicy;
    expect(approved).toMatchObject({ status: 'ACTIVE', version: 2, createdBy: { id: '1' }, approvedBy: { id: '10' } });
    const statuses = await withSql(db.url, (q) => q(`select scheme, policy_version, status from analysis.tier_policy order by id`));
    expect(statuses).toEqual([
      { scheme: 'VALUE_PYRAMID', policy_version: 1, status: 'SUPERSEDED' },
      { scheme: 'QUALITY_LADDER', policy_version: 1, status: 'DRAFT' },
      { scheme: 'VALUE_PYRAMID', policy_version: 2, status: 'ACTIVE' },
    ]);
    const tiers = Object.values(await tiersAt(db.url, AS_OF));
    expect(preview.after).toEqual(PYRAMID.map((tier) => ({ tier, customers: tiers.filter((x) => x === tier).length })));
    expect(preview.moves.reduce((n: number, m: { from: string | null }) => n + (m.from === null ? 1 : 0), 0)).toBe(preview.moves.length);

    // approving it again is refused; a stale version stays CONFLICT
    expect(res400(await gql(sg.url, APPROVE, { id: saved.id, version: 2 }, t.analyst02))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
  });

  it('previews the quality ladder against the current tiers, then approving it moves exactly those customers', async () => {
    const ladder = DEFAULT_TIER_POLICIES.QUALITY_LADDER;
    const input = {
      scheme: 'QUALITY_LADDER',
      name: ladder.name,
      effectiveFrom: '2026-01-01',
      rules: ladder.rules,
      assetCoefficients: ladder.assetCoefficients,
    };
    const before = await tiersAt(db.url, AS_OF);
    const preview = (await gql(sg.url, PREVIEW, { input, asOf: AS_OF }, t.analyst)).data!.previewTierPolicy;
    const [{ id, version }] = await withSql(db.url, (q) =>
      q(`select id, version from analysis.tier_policy where scheme = 'QUALITY_LADDER' and policy_version = 1`),
    );
    const res = await gql(sg.url, APPROVE, { id: String(id), version }, t.analyst02); // the built-in's maker is staff 1
    expect(res.errors).toBeUndefined();
    const after = await tiersAt(db.url, AS_OF);
    // recount: from → to, only real moves
    const moves = new Map<string, number>();
    for (const [customer, to] of Object.entries(after)) {
      const from = before[Number(customer)];
      if (from !== to) moves.set(`${from}→${to}`, (moves.get(`${from}→${to}`) ?? 0) + 1);
    }
    expect(
      Object.fromEntries(preview.moves.map((m: { from: string; to: string; customers: number }) => [`${m.from}→${m.to}`, m.customers])),
    ).toEqual(Object.fromEntries(moves));
    expect(preview.moving).toBe([...moves.values()].reduce((a, b) => a + b, 0));
    expect(preview.after).toEqual(LADDER.map((tier) => ({ tier, customers: Object.values(after).filter((x) => x === tier).length })));
    // before: the ladder's tiers first (all zero here), then the pyramid's that have customers now
    expect(preview.before).toEqual(
      [...LADDER, ...PYRAMID.filter((x) => x !== 'KEY')]
        .map((tier) => ({ tier, customers: Object.values(before).filter((x) => x === tier).length }))
        .filter((c) => LADDER.includes(c.tier) || c.customers > 0),
    );
  });

  it('gives every concurrent save its own version number', async () => {
    const results = await Promise.all([1, 2, 3].map((i) => gql(sg.url, SAVE, { input: pyramid(undefined, `并发 ${i}`) }, t.analyst)));
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(results.map((r) => r.data!.saveTierPolicyDraft.policyVersion).sort()).toEqual([3, 4, 5]);
  });

  it('saves the English name beside the Chinese one (trimmed; blank is none), and refuses one over 100 characters', async () => {
    const named = await gql(sg.url, SAVE, { input: { ...pyramid(undefined, '双语金字塔'), nameEn: '  Bilingual pyramid  ' } }, t.analyst);
    expect(named.errors).toBeUndefined();
    expect(named.data!.saveTierPolicyDraft).toMatchObject({ name: '双语金字塔', nameEn: 'Bilingual pyramid' });
    const blank = await gql(sg.url, SAVE, { input: { ...pyramid(undefined, '无英文名'), nameEn: '   ' } }, t.analyst);
    expect(blank.data!.saveTierPolicyDraft).toMatchObject({ name: '无英文名', nameEn: null });
    const long = await gql(sg.url, SAVE, { input: { ...pyramid(), nameEn: 'x'.repeat(101) } }, t.analyst);
    expect(long.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nameEn' });
    // a draft that sends no description stores none
    expect(named.data!.saveTierPolicyDraft.rules.map((r: { description: unknown }) => r.description)).toEqual(PYRAMID.map(() => null));
  });
});

/**
 * Issue 7: one strategy analyst saved a tier policy and approved it himself, re-tiering the whole bank.
 * A draft is approved only by a second person holding TIER_POLICY_APPROVE — never its author — and
 * both are kept: maker (createdBy, createdAt) and checker (approvedBy, approvedAt).
 */
describe('maker-checker', () => {
  const state = () =>
    withSql(db.url, async (q) => ({
      policies: await q(`select id, status, version, approved_by_staff_id, approved_at from analysis.tier_policy order by id`),
      tiers: await tiersAt(db.url, AS_OF),
    }));
  let draft: { id: string; version: number; createdAt: string };

  it('refuses the author’s own approval with FORBIDDEN and a clear message, and changes nothing', async () => {
    draft = (await gql(sg.url, SAVE, { input: pyramid([3_000_000, 900_000, 200_000, 40_000], '四眼原则') }, t.analyst)).data!
      .saveTierPolicyDraft;
    const before = await state();
    const res = await gql(sg.url, APPROVE, { id: draft.id, version: draft.version }, t.analyst);
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(res.errors![0].message).toBe('a tier policy must be approved by someone other than its author');
    expect(res.data).toBeNull();
    expect(await state()).toEqual(before);
  });

  it('accepts a second analyst’s approval and records both: maker and checker, each with a time', async () => {
    const started = Date.now();
    const res = await gql(sg.url, APPROVE, { id: draft.id, version: draft.version }, t.analyst02);
    expect(res.errors).toBeUndefined();
    const approved = res.data!.approveTierPolicy;
    expect(approved).toMatchObject({
      id: draft.id,
      status: 'ACTIVE',
      createdBy: { id: '1' },
      createdAt: draft.createdAt,
      approvedBy: { id: '10' },
    });
    expect(Date.parse(approved.approvedAt)).toBeGreaterThanOrEqual(started - 1_000);
    expect(Date.parse(approved.approvedAt)).toBeGreaterThanOrEqual(Date.parse(approved.createdAt));
    const [row] = await withSql(db.url, (q) =>
      q(`select status, created_by_staff_id, approved_by_staff_id from analysis.tier_policy where id = $1`, [draft.id]),
    );
    expect(row).toEqual({ status: 'ACTIVE', created_by_staff_id: 1, approved_by_staff_id: 10 });
    // and it did decide the tiers: the active policy re-tiered the latest scored date
    expect((await gql(sg.url, `{ activeTierPolicy { id } }`, {}, t.analyst)).data!.activeTierPolicy.id).toBe(draft.id);
  });

  it('the database itself refuses an active policy approved by its author (a path that skips the service)', async () => {
    const saved = (await gql(sg.url, SAVE, { input: pyramid(undefined, '绕过服务') }, t.analyst)).data!.saveTierPolicyDraft;
    const err = await withSql(db.url, (q) =>
      q(
        `update analysis.tier_policy set status = 'SUPERSEDED' where status = 'ACTIVE';
       update analysis.tier_policy set status = 'ACTIVE', approved_by_staff_id = created_by_staff_id, approved_at = now() where id = ${Number(saved.id)}`,
      ),
    ).catch((e: Error) => e);
    expect(String(err)).toMatch(/tier_policy_four_eyes/);
  });

  it('the built-in active policy has a maker and a different checker too', async () => {
    const [row] = await withSql(db.url, (q) =>
      q(
        `select created_by_staff_id, approved_by_staff_id, created_at, approved_at from analysis.tier_policy where scheme = 'VALUE_PYRAMID' and policy_version = 1`,
      ),
    );
    expect(row).toMatchObject({ created_by_staff_id: 1, approved_by_staff_id: 2 });
    expect(row.approved_at.getTime()).toBeGreaterThanOrEqual(row.created_at.getTime());
  });
});

function res400(res: { errors?: { extensions?: Record<string, unknown> }[] }) {
  return res.errors?.[0]?.extensions;
}

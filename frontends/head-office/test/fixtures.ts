import type { TierPolicy } from '../src/policy/policy.model';

const unit = (id: string, name: string, nameEn: string, level = 'BRANCH') => ({ __typename: 'OrgUnit', id, name, nameEn, level });
const tiers = (vip: number, critical: number, key: number, value: number, basic: number) => [
  { __typename: 'TierCount', tier: 'VIP', customers: vip }, { __typename: 'TierCount', tier: 'CRITICAL', customers: critical },
  { __typename: 'TierCount', tier: 'KEY', customers: key }, { __typename: 'TierCount', tier: 'VALUE', customers: value },
  { __typename: 'TierCount', tier: 'BASIC', customers: basic },
];
export const rollup = (u: ReturnType<typeof unit>, customers: number, t: ReturnType<typeof tiers>, asOf = '2026-11-27') => ({
  __typename: 'OrgRollup', orgUnit: u, asOf, customers, tiers: t,
  deposits: customers * 100_000, loans: customers * 40_000, weightedAssets: customers * 120_000, contribution: customers * 900,
  avgSatisfaction: 4.2, complaintRate: 1.5, churnRisk: Math.round(customers / 50),
});

export const dashboardData = (asOfDates = ['2026-11-27', '2026-10-31']) => ({
  scoreAsOfDates: asOfDates,
  activeTierPolicy: { __typename: 'TierPolicy', id: '3', scheme: 'VALUE_PYRAMID', name: '价值金字塔 2026', policyVersion: 3 },
  myOrgUnit: {
    __typename: 'OrgUnit', id: '1', name: '总行', nameEn: 'Head office', level: 'HEAD_OFFICE',
    rollup: rollup(unit('1', '总行', 'Head office', 'HEAD_OFFICE'), 1000, tiers(10, 40, 150, 300, 500)),
    childRollups: [
      rollup(unit('2', '北京分行', 'Beijing branch'), 600, tiers(7, 25, 90, 180, 298)),
      rollup(unit('3', '上海分行', 'Shanghai branch'), 400, tiers(3, 15, 60, 120, 202)),
    ],
  },
});

const staff = (id: string, name: string) => ({ __typename: 'Staff', id, name });
export const activePolicy: TierPolicy & { __typename: string } = {
  __typename: 'TierPolicy',
  id: '3', scheme: 'VALUE_PYRAMID', policyVersion: 3, name: '价值金字塔 2026', status: 'ACTIVE', effectiveFrom: '2026-01-01',
  rules: [
    { tier: 'VIP', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 5_000_000 }, description: '500万以上' },
    { tier: 'CRITICAL', condition: { any: [{ metric: 'WEIGHTED_ASSETS', op: '>=', value: 1_000_000 }, { metric: 'CONTRIBUTION', op: '>=', value: 20_000 }] }, description: null },
    { tier: 'KEY', condition: { all: [{ metric: 'WEIGHTED_ASSETS', op: '>=', value: 300_000 }, { metric: 'LOYALTY', op: '>=', value: 60 }] }, description: null },
    { tier: 'VALUE', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 50_000 }, description: null },
    { tier: 'BASIC', condition: null, description: null },
  ].map((r) => ({ __typename: 'TierRule', ...r })) as TierPolicy['rules'],
  assetCoefficients: { __typename: 'AssetCoefficients', deposit: 1, wealth: 0.8, timeDeposit: 1.2 } as TierPolicy['assetCoefficients'],
  createdBy: staff('2', '赵敏'), createdAt: '2025-12-20T08:00:00.000Z', approvedBy: staff('1', '钱行长'), approvedAt: '2025-12-28T08:00:00.000Z', version: 2,
};
export const oldPolicy = { ...activePolicy, id: '2', policyVersion: 2, status: 'SUPERSEDED' as const, name: '价值金字塔 2025', version: 3 };

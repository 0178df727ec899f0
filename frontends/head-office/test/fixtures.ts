import type { ResultOf } from '@graphql-typed-document-node/core';
import type { TierPolicy } from '../src/policy/policy.model';
import type { DashboardQuery, OrgRollup, TierCount } from '../src/dashboard/dashboard.queries';
import type { OrgLevel } from '../src/gql/graphql';

// Fixtures are the documents' generated result types: a code or field the schema lacks does not compile.

const unit = (id: string, name: string, nameEn: string, level: OrgLevel = 'BRANCH'): OrgRollup['orgUnit'] => ({ id, name, nameEn, level });
const tiers = (vip: number, critical: number, key: number, value: number, basic: number): TierCount[] => [
  { tier: 'VIP', customers: vip },
  { tier: 'CRITICAL', customers: critical },
  { tier: 'KEY', customers: key },
  { tier: 'VALUE', customers: value },
  { tier: 'BASIC', customers: basic },
];
export const rollup = (u: ReturnType<typeof unit>, customers: number, t: ReturnType<typeof tiers>, asOf = '2026-11-27'): OrgRollup => ({
  orgUnit: u,
  asOf,
  customers,
  tiers: t,
  deposits: customers * 100_000,
  loans: customers * 40_000,
  weightedAssets: customers * 120_000,
  contribution: customers * 900,
  avgSatisfaction: 4.2,
  complaintRate: 1.5,
  churnRisk: Math.round(customers / 50),
});

export const dashboardData = (asOfDates = ['2026-11-27', '2026-10-31']): ResultOf<typeof DashboardQuery> => ({
  scoreAsOfDates: asOfDates,
  activeTierPolicy: {
    id: '3',
    scheme: 'VALUE_PYRAMID',
    name: '日均综合金融资产分层 2026',
    nameEn: 'Tiers by weighted assets 2026',
    policyVersion: 3,
  },
  myOrgUnit: {
    id: '1',
    name: '总行',
    nameEn: 'Head office',
    level: 'HEAD_OFFICE',
    rollup: rollup(unit('1', '总行', 'Head office', 'HEAD_OFFICE'), 1000, tiers(10, 40, 150, 300, 500)),
    childRollups: [
      rollup(unit('2', '北京分行', 'Beijing branch'), 600, tiers(7, 25, 90, 180, 298)),
      rollup(unit('3', '上海分行', 'Shanghai branch'), 400, tiers(3, 15, 60, 120, 202)),
    ],
  },
});

const staff = (id: string, name: string) => ({ id, name });
export const activePolicy: TierPolicy = {
  id: '3',
  scheme: 'VALUE_PYRAMID',
  policyVersion: 3,
  name: '价值金字塔 2026',
  nameEn: 'Value pyramid 2026',
  status: 'ACTIVE',
  effectiveFrom: '2026-01-01',
  rules: [
    { tier: 'VIP', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 5_000_000 } },
    {
      tier: 'CRITICAL',
      condition: {
        any: [
          { metric: 'WEIGHTED_ASSETS', op: '>=', value: 1_000_000 },
          { metric: 'CONTRIBUTION', op: '>=', value: 20_000 },
        ],
      },
    },
    {
      tier: 'KEY',
      condition: {
        all: [
          { metric: 'WEIGHTED_ASSETS', op: '>=', value: 300_000 },
          { metric: 'LOYALTY', op: '>=', value: 60 },
        ],
      },
    },
    { tier: 'VALUE', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 50_000 } },
    { tier: 'BASIC', condition: null },
  ],
  assetCoefficients: { deposit: 1, wealth: 0.8, timeDeposit: 1.2 },
  createdBy: staff('2', '赵敏'),
  createdAt: '2025-12-20T08:00:00.000Z',
  approvedBy: staff('1', '钱行长'),
  // 20:00 UTC: already 29 December on the bank's calendar (Beijing, UTC+8)
  approvedAt: '2025-12-28T20:00:00.000Z',
  version: 2,
};
export const oldPolicy = {
  ...activePolicy,
  id: '2',
  policyVersion: 2,
  status: 'SUPERSEDED' as const,
  name: '价值金字塔 2025',
  nameEn: null,
  version: 3,
};

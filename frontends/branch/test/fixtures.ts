import type { ChildRollup, ChurnScore, CockpitUnit, Rollup, TierMovement, UnitRef } from '../src/cockpit/cockpit.queries';

export function rollup(customers: number, over: Partial<Rollup> = {}): Rollup {
  return {
    asOf: '2025-03-31',
    customers,
    tiers: [
      { tier: 'VIP', customers: Math.round(customers * 0.05) },
      { tier: 'KEY', customers: Math.round(customers * 0.25) },
      { tier: 'BASIC', customers: customers - Math.round(customers * 0.05) - Math.round(customers * 0.25) },
    ],
    deposits: customers * 100_000,
    loans: customers * 50_000,
    weightedAssets: customers * 120_000,
    contribution: customers * 800,
    avgSatisfaction: 82.5,
    complaintRate: 1.25,
    churnRisk: Math.round(customers / 50),
    ...over,
  };
}
const child = (orgUnit: UnitRef, customers: number, over: Partial<Rollup> = {}): ChildRollup => ({ orgUnit, ...rollup(customers, over) });

export const branch: UnitRef = { id: '3', name: '北京分行', nameEn: 'Beijing Branch', level: 'BRANCH' };
export const chaoyang: UnitRef = { id: '7', name: '朝阳支行', nameEn: 'Chaoyang Sub-branch', level: 'SUB_BRANCH' };
export const haidian: UnitRef = { id: '8', name: '海淀支行', nameEn: 'Haidian Sub-branch', level: 'SUB_BRANCH' };
export const outletA: UnitRef = { id: '12', name: '朝阳路网点', nameEn: 'Chaoyang Rd Outlet', level: 'OUTLET' };
export const outletB: UnitRef = { id: '13', name: '望京网点', nameEn: 'Wangjing Outlet', level: 'OUTLET' };

export const myUnit: CockpitUnit = {
  ...branch,
  parent: { id: '1', name: '总行', nameEn: 'Head Office' },
  rollup: rollup(3000),
  childRollups: [child(chaoyang, 1000, { avgSatisfaction: 90.25 }), child(haidian, 2000, { avgSatisfaction: null })],
};
export const chaoyangUnit: CockpitUnit = {
  ...chaoyang,
  parent: { id: '3', name: '北京分行', nameEn: 'Beijing Branch' },
  rollup: rollup(1000),
  childRollups: [child(outletA, 600), child(outletB, 400)],
};
export const outletAUnit: CockpitUnit = {
  ...outletA,
  parent: { id: '7', name: '朝阳支行', nameEn: null },
  rollup: rollup(600),
  childRollups: [],
};

/** the movements of the caller's whole scope (no unit asked) */
export const movements: TierMovement[] = [
  { from: 'KEY', to: 'VIP', customer: { id: '1', name: '张伟', customerNo: 'C00000001', homeOrgUnit: outletA } },
  { from: 'VIP', to: 'CRITICAL', customer: { id: '2', name: '李娜', customerNo: 'C00000002', homeOrgUnit: outletB } },
  { from: null, to: 'BASIC', customer: { id: '3', name: '王芳', customerNo: 'C00000003', homeOrgUnit: outletA } },
];

/** the movements of one unit only: 朝阳路网点 (12), and 朝阳支行 (7) whose only mover is there */
export const outletAMovements: TierMovement[] = [
  { from: 'VALUE', to: 'KEY', customer: { id: '4', name: '周杰', customerNo: 'C00000004', homeOrgUnit: outletA } },
];

const noFigures = { percent: null, from: null, to: null, days: null, complaints: null, csat: null };
export const churn: ChurnScore[] = [
  {
    customerId: '21',
    asOf: '2025-03-31',
    tier: 'KEY',
    recencyDays: 95,
    value: { depositBalance: 150000, loanBalance: 0, weightedAssets: 180000 },
    churnReasons: [
      { ...noFigures, code: 'DEPOSITS_DOWN', percent: 60, from: 375000, to: 150000 },
      { ...noFigures, code: 'INACTIVE_90D', days: 95 },
    ],
  },
  {
    customerId: '22',
    asOf: '2025-03-31',
    tier: 'BASIC',
    recencyDays: null,
    value: { depositBalance: 3000, loanBalance: 0, weightedAssets: 3000 },
    churnReasons: [
      { ...noFigures, code: 'COMPLAINT_LOW_CSAT', complaints: 2, csat: 1 },
      { ...noFigures, code: 'PRODUCTS_DROPPED', from: 3, to: 1 },
    ],
  },
];
export const churnNames: Record<string, { id: string; name: string; customerNo: string; homeOrgUnit: UnitRef }> = {
  '21': { id: '21', name: '赵强', customerNo: 'C00000021', homeOrgUnit: outletA },
  '22': { id: '22', name: '孙丽', customerNo: 'C00000022', homeOrgUnit: outletB },
};

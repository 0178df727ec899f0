import { gql } from 'urql';
import type { Tier, TierScheme } from '../policy/policy.model';
import type { OrgUnitName } from '../common/format';

export interface TierCount { tier: Tier; customers: number }
export interface OrgRollup {
  orgUnit: OrgUnitName & { level: string };
  asOf: string;
  customers: number;
  tiers: TierCount[];
  deposits: number;
  loans: number;
  weightedAssets: number;
  contribution: number;
  avgSatisfaction: number | null;
  complaintRate: number;
  churnRisk: number;
}

const ROLLUP_FIELDS = `
  fragment HeadOfficeRollupFields on OrgRollup {
    orgUnit { id name nameEn level }
    asOf
    customers
    tiers { tier customers }
    deposits
    loans
    weightedAssets
    contribution
    avgSatisfaction
    complaintRate
    churnRisk
  }
`;

export interface DashboardData {
  scoreAsOfDates: string[];
  activeTierPolicy: { id: string; scheme: TierScheme; name: string; policyVersion: number } | null;
  myOrgUnit: OrgUnitName & { level: string; rollup: OrgRollup | null; childRollups: OrgRollup[] };
}
export interface DashboardVars { asOf?: string | null }

/** `myOrgUnit` from org-hierarchy, `rollup` / `childRollups` from analysis: one request through the gateway. */
export const DashboardQuery = gql`
  query HeadOfficeDashboard($asOf: String) {
    scoreAsOfDates
    activeTierPolicy { id scheme name policyVersion }
    myOrgUnit {
      id
      name
      nameEn
      level
      rollup(asOf: $asOf) { ...HeadOfficeRollupFields }
      childRollups(asOf: $asOf) { ...HeadOfficeRollupFields }
    }
  }
  ${ROLLUP_FIELDS}
`;

export interface TrendPoint { asOf: string; customers: number; deposits: number; loans: number; weightedAssets: number; contribution: number; tiers: TierCount[] }
export type TrendsData = { myOrgUnit: { id: string } & Record<string, TrendPoint | null | string> };

/** Trends over the as-of dates: one aliased rollup per date (`r0: rollup(asOf: $a0)`…), oldest first. */
export function trendsQuery(count: number) {
  const vars = Array.from({ length: count }, (_, i) => `$a${i}: String`).join(', ');
  const fields = Array.from({ length: count }, (_, i) => `r${i}: rollup(asOf: $a${i}) { asOf customers deposits loans weightedAssets contribution tiers { tier customers } }`).join('\n      ');
  return `query HeadOfficeTrends(${vars}) {\n  myOrgUnit {\n      id\n      ${fields}\n  }\n}`;
}
export const trendsVariables = (dates: string[]) => Object.fromEntries(dates.map((d, i) => [`a${i}`, d]));
export const MAX_TREND_POINTS = 12;

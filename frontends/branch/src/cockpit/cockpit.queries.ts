import { gql } from 'urql';
import type { OrgLevel } from '@crm/shared-types';
import type { ChurnReason } from '@crm/ui-kit';
import type { OrgUnitName } from '../common/format';
import type { Tier } from '../common/tiers';

// Types follow /tmp/analysis-contract.graphql (the analysis subgraph, issue 4) and the org-hierarchy
// and customers subgraphs as composed in gateway/supergraph.graphql.
export interface PageInput { page: number; pageSize: number }
export { PAGE_SIZES } from '@crm/ui-kit';

export interface TierCount { tier: Tier; customers: number }
export interface Rollup {
  asOf: string; customers: number; tiers: TierCount[];
  deposits: number; loans: number; weightedAssets: number; contribution: number;
  avgSatisfaction: number | null; complaintRate: number; churnRisk: number;
}
export interface UnitRef extends OrgUnitName { level: OrgLevel }
export interface ChildRollup extends Rollup { orgUnit: UnitRef }
export interface CockpitUnit extends UnitRef {
  parent: OrgUnitName | null;
  rollup: Rollup | null;
  childRollups: ChildRollup[];
}

const RollupFields = gql`
  fragment BranchRollup on OrgRollup {
    asOf customers tiers { tier customers } deposits loans weightedAssets contribution avgSatisfaction complaintRate churnRisk
  }
`;
const UnitFields = gql`
  fragment BranchCockpitUnit on OrgUnit {
    id name nameEn level
    parent { id name nameEn }
    rollup(asOf: $asOf) { ...BranchRollup }
    childRollups(asOf: $asOf) { orgUnit { id name nameEn level } ...BranchRollup }
  }
  ${RollupFields}
`;

/** The caller's own unit and its children, compared. */
export interface MyUnitData { myOrgUnit: CockpitUnit }
export interface MyUnitVars { asOf?: string | null }
export const MyUnitQuery = gql`
  query BranchMyUnit($asOf: String) {
    myOrgUnit { ...BranchCockpitUnit }
  }
  ${UnitFields}
`;

/** Drill-down: a unit below the caller's and ITS children (rollup is null outside the caller's scope). */
export interface UnitData { myOrgUnit: OrgUnitName; orgUnit: CockpitUnit | null }
export interface UnitVars { id: string; asOf?: string | null }
export const UnitQuery = gql`
  query BranchUnit($id: ID!, $asOf: String) {
    myOrgUnit { id name nameEn }
    orgUnit(id: $id) { ...BranchCockpitUnit }
  }
  ${UnitFields}
`;

export interface AsOfDatesData { scoreAsOfDates: string[] }
export const AsOfDatesQuery = gql`
  query BranchScoreAsOfDates { scoreAsOfDates }
`;

export interface CustomerRef { id: string; name: string; customerNo: string; homeOrgUnit: OrgUnitName }
export interface TierMovement { from: Tier | null; to: Tier | null; customer: CustomerRef }
export interface TierMovementsData { tierMovements: { items: TierMovement[]; total: number; page: number; pageSize: number } }
export interface PagedVars { asOf?: string | null; page: PageInput }
export const TierMovementsQuery = gql`
  query BranchTierMovements($asOf: String, $page: PageInput) {
    tierMovements(asOf: $asOf, page: $page) {
      total page pageSize
      items { from to customer { id name customerNo homeOrgUnit { id name nameEn } } }
    }
  }
`;

export interface ChurnScore {
  customerId: string; asOf: string; tier: Tier | null; churnReasons: ChurnReason[]; recencyDays: number | null;
  value: { depositBalance: number; loanBalance: number; weightedAssets: number };
}
export interface ChurnRiskData { churnRiskCustomers: { items: ChurnScore[]; total: number; page: number; pageSize: number } }
export const ChurnRiskQuery = gql`
  query BranchChurnRisk($asOf: String, $page: PageInput) {
    churnRiskCustomers(asOf: $asOf, page: $page) {
      total page pageSize
      items {
        customerId asOf tier recencyDays value { depositBalance loanBalance weightedAssets }
        churnReasons { code percent from to days complaints csat }
      }
    }
  }
`;

/**
 * CustomerScore carries only `customerId`, so the names of one page of churn-risk customers come
 * from the customers subgraph in one request: one aliased `customer(id:)` per row (c0, c1, …).
 * (If the analysis subgraph later adds `customer: Customer!` to CustomerScore, select it instead.)
 */
export function churnCustomersQuery(size: number) {
  const vars = Array.from({ length: size }, (_, i) => `$c${i}: ID!`).join(', ');
  const fields = Array.from({ length: size }, (_, i) => `c${i}: customer(id: $c${i}) { id name customerNo homeOrgUnit { id name nameEn } }`).join('\n    ');
  return gql(`query BranchChurnCustomers(${vars}) {\n    ${fields}\n  }`);
}
export type ChurnCustomersData = Record<string, CustomerRef | null>;

import type { ResultOf, TypedDocumentNode } from '@graphql-typed-document-node/core';
import { repeatAliased } from '@crm/ui-kit';
import { graphql } from '../gql';

// Documents of the cockpit across the org-hierarchy, analysis and customers subgraphs; every type is
// generated from the supergraph (src/gql/, `pnpm codegen`) or derived from a document with ResultOf.
export type { PageInput } from '../gql/graphql';
export { PAGE_SIZES } from '@crm/ui-kit';

export const RollupFields = graphql(`
  fragment BranchRollup on OrgRollup {
    asOf
    customers
    tiers {
      tier
      customers
    }
    deposits
    loans
    weightedAssets
    contribution
    avgSatisfaction
    complaintRate
    churnRisk
  }
`);
export const UnitFields = graphql(`
  fragment BranchCockpitUnit on OrgUnit {
    id
    name
    nameEn
    level
    parent {
      id
      name
      nameEn
    }
    rollup(asOf: $asOf) {
      ...BranchRollup
    }
    childRollups(asOf: $asOf) {
      orgUnit {
        id
        name
        nameEn
        level
      }
      ...BranchRollup
    }
  }
`);
export type Rollup = ResultOf<typeof RollupFields>;
export type CockpitUnit = ResultOf<typeof UnitFields>;
export type ChildRollup = CockpitUnit['childRollups'][number];
export type UnitRef = ChildRollup['orgUnit'];
export type TierCount = Rollup['tiers'][number];

/** The caller's own unit and its children, compared. */
export const MyUnitQuery = graphql(`
  query BranchMyUnit($asOf: String) {
    myOrgUnit {
      ...BranchCockpitUnit
    }
  }
`);

/** Drill-down: a unit below the caller's and ITS children (rollup is null outside the caller's scope). */
export const UnitQuery = graphql(`
  query BranchUnit($id: ID!, $asOf: String) {
    myOrgUnit {
      id
      name
      nameEn
    }
    orgUnit(id: $id) {
      ...BranchCockpitUnit
    }
  }
`);

export const AsOfDatesQuery = graphql(`
  query BranchScoreAsOfDates {
    scoreAsOfDates
  }
`);

/** Tier movements of the unit looked at (`orgUnitId`; null: the caller's whole scope), as the churn list. */
export const TierMovementsQuery = graphql(`
  query BranchTierMovements($asOf: String, $page: PageInput, $orgUnitId: ID) {
    tierMovements(asOf: $asOf, page: $page, orgUnitId: $orgUnitId) {
      total
      page
      pageSize
      items {
        from
        to
        customer {
          id
          name
          customerNo
          homeOrgUnit {
            id
            name
            nameEn
          }
        }
      }
    }
  }
`);
export type TierMovement = ResultOf<typeof TierMovementsQuery>['tierMovements']['items'][number];

export const ChurnRiskQuery = graphql(`
  query BranchChurnRisk($asOf: String, $page: PageInput, $orgUnitId: ID) {
    churnRiskCustomers(asOf: $asOf, page: $page, orgUnitId: $orgUnitId) {
      total
      page
      pageSize
      items {
        customerId
        asOf
        tier
        recencyDays
        value {
          depositBalance
          loanBalance
          weightedAssets
        }
        churnReasons {
          code
          percent
          from
          to
          days
          complaints
          csat
        }
      }
    }
  }
`);
export type ChurnScore = ResultOf<typeof ChurnRiskQuery>['churnRiskCustomers']['items'][number];

/**
 * CustomerScore carries only `customerId`, so the names of one page of churn-risk customers come
 * from the customers subgraph in one request: the checked one-customer document below, copied once
 * per row (c0, c1, …) by `churnCustomersQuery`.
 * (If the analysis subgraph later adds `customer: Customer!` to CustomerScore, select it instead.)
 */
export const ChurnCustomersQuery = graphql(`
  query BranchChurnCustomers($c0: ID!) {
    c0: customer(id: $c0) {
      id
      name
      customerNo
      homeOrgUnit {
        id
        name
        nameEn
      }
    }
  }
`);
export type CustomerRef = NonNullable<ResultOf<typeof ChurnCustomersQuery>['c0']>;
export type ChurnCustomersData = Record<string, CustomerRef | null>;
export const churnCustomersQuery = (size: number) =>
  repeatAliased(ChurnCustomersQuery, size) as TypedDocumentNode<ChurnCustomersData, Record<string, string>>;

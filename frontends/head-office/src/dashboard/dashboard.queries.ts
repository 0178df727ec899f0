import type { ResultOf, TypedDocumentNode } from '@graphql-typed-document-node/core';
import { repeatAliased } from '@crm/ui-kit';
import { graphql } from '../gql';

// Every type here is generated from the supergraph (src/gql/, `pnpm codegen`) or derived with ResultOf.
export const RollupFields = graphql(`
  fragment HeadOfficeRollupFields on OrgRollup {
    orgUnit {
      id
      name
      nameEn
      level
    }
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
export type OrgRollup = ResultOf<typeof RollupFields>;
export type TierCount = OrgRollup['tiers'][number];

/** `myOrgUnit` from org-hierarchy, `rollup` / `childRollups` from analysis: one request through the gateway. */
export const DashboardQuery = graphql(`
  query HeadOfficeDashboard($asOf: String) {
    scoreAsOfDates
    activeTierPolicy {
      id
      scheme
      name
      nameEn
      policyVersion
    }
    myOrgUnit {
      id
      name
      nameEn
      level
      rollup(asOf: $asOf) {
        ...HeadOfficeRollupFields
      }
      childRollups(asOf: $asOf) {
        ...HeadOfficeRollupFields
      }
    }
  }
`);

/**
 * Trends over the as-of dates: the checked one-date document below (`r0: rollup(asOf: $a0)`), copied
 * once per date (`r0 … rN`, `$a0 … $aN`) by `trendsQuery`, oldest first.
 */
export const TrendsQuery = graphql(`
  query HeadOfficeTrends($a0: String) {
    myOrgUnit {
      id
      r0: rollup(asOf: $a0) {
        asOf
        customers
        deposits
        loans
        weightedAssets
        contribution
        tiers {
          tier
          customers
        }
      }
    }
  }
`);
export type TrendPoint = NonNullable<ResultOf<typeof TrendsQuery>['myOrgUnit']['r0']>;
export type TrendsData = { myOrgUnit: { id: string } & Record<`r${number}`, TrendPoint | null> };
export const trendsQuery = (count: number) => repeatAliased(TrendsQuery, count) as TypedDocumentNode<TrendsData, Record<string, string>>;
export const trendsVariables = (dates: string[]) => Object.fromEntries(dates.map((d, i) => [`a${i}`, d]));
export const MAX_TREND_POINTS = 12;

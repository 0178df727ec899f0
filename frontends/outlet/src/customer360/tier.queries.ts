import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

// The analysis subgraph extends Customer with `score` and `tier`; the gateway merges them into the
// 360's one request (see customer360.queries.ts). Types: generated from the supergraph (src/gql/).
export type { Tier, TierScheme } from '../gql/graphql';

/** A rule condition (the API's `JSON`): { all: [...] } | { any: [...] } | { metric, op, value }; null = everyone else (the scheme's last tier). */
export type TierCondition =
  { all: TierCondition[] } | { any: TierCondition[] } | { metric: string; op: '>=' | '>' | '<=' | '<'; value: number };

export const CustomerTierFragment = graphql(`
  fragment OutletCustomerTier on Customer {
    tier
    score {
      customerId
      asOf
      computedAt
      tier
      value {
        depositBalance
        wealthBalance
        loanBalance
        dailyAvgAssets
        weightedAssets
        score
      }
      contribution {
        depositMargin
        loanMargin
        feeIncome
        intermediaryIncome
        costAllowance
        total
        score
      }
      loyalty {
        tenureYears
        activeMonths
        productsHeld
        score
      }
      satisfaction {
        avgCsat
        avgNps
        complaints12m
        measured
        score
      }
      relevance {
        productFamilies
        relationships
        score
      }
      recencyDays
      frequency12m
      monetary12m
      channelMix {
        channel
        share
      }
      trend {
        month
        deposits
        loans
      }
      churnRisk
      churnReasons {
        code
        percent
        from
        to
        days
        complaints
        csat
      }
      evidence {
        rule {
          tier
          condition
        }
        inputs
        policy {
          id
          scheme
          policyVersion
          name
          nameEn
          effectiveFrom
        }
      }
    }
  }
`);

/** The 360's tier and score as selected by the fragment; a customer that was never scored has `score: null`. */
export type CustomerTierFields = ResultOf<typeof CustomerTierFragment>;
export type CustomerScore = NonNullable<CustomerTierFields['score']>;

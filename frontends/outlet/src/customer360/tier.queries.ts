import { gql } from 'urql';
import type { ChurnReason } from '@crm/ui-kit';

// Types follow /tmp/analysis-contract.graphql: the analysis subgraph extends Customer with `score`
// and `tier`; the gateway merges them into the 360's one request (see customer360.queries.ts).
export type Tier = 'VIP' | 'CRITICAL' | 'KEY' | 'VALUE' | 'BASIC' | 'GOLD' | 'QUALITY' | 'GENERAL' | 'RESTRICTED' | 'ELIMINATED';
export type TierScheme = 'VALUE_PYRAMID' | 'QUALITY_LADDER';

/** A rule condition: { all: [...] } | { any: [...] } | { metric, op, value }; null = everyone else (the scheme's last tier). */
export type TierCondition =
  | { all: TierCondition[] }
  | { any: TierCondition[] }
  | { metric: string; op: '>=' | '>' | '<=' | '<'; value: number };

export interface TierEvidence {
  explanation: string;
  rule: { tier: Tier; condition: TierCondition | null; description: string | null };
  inputs: unknown; // JSON: the metric values the rule was evaluated on
  policy: { id: string; scheme: TierScheme; policyVersion: number; name: string; effectiveFrom: string };
}

export interface CustomerScore {
  customerId: string; asOf: string; computedAt: string; tier: Tier | null;
  value: { depositBalance: number; wealthBalance: number; loanBalance: number; dailyAvgAssets: number; weightedAssets: number };
  contribution: { depositMargin: number; loanMargin: number; feeIncome: number; intermediaryIncome: number; costAllowance: number; total: number };
  loyalty: { tenureYears: number; activeMonths: number; productsHeld: number; score: number };
  satisfaction: { avgCsat: number | null; avgNps: number | null; complaints12m: number; score: number };
  relevance: { productFamilies: number; relationships: number; score: number };
  recencyDays: number | null; frequency12m: number; monetary12m: number;
  channelMix: { channel: string; share: number }[];
  trend: { month: string; deposits: number; loans: number }[];
  churnRisk: boolean; churnReasons: ChurnReason[];
  evidence: TierEvidence | null;
}

/** Optional on the 360's type: a customer that was never scored has `score: null` (and older fixtures have neither). */
export interface CustomerTierFields { tier?: Tier | null; score?: CustomerScore | null }

export const CustomerTierFragment = gql`
  fragment OutletCustomerTier on Customer {
    tier
    score {
      customerId asOf computedAt tier
      value { depositBalance wealthBalance loanBalance dailyAvgAssets weightedAssets }
      contribution { depositMargin loanMargin feeIncome intermediaryIncome costAllowance total }
      loyalty { tenureYears activeMonths productsHeld score }
      satisfaction { avgCsat avgNps complaints12m score }
      relevance { productFamilies relationships score }
      recencyDays frequency12m monetary12m channelMix { channel share }
      trend { month deposits loans }
      churnRisk churnReasons { code percent from to days complaints csat }
      evidence {
        explanation
        rule { tier condition description }
        inputs
        policy { id scheme policyVersion name effectiveFrom }
      }
    }
  }
`;

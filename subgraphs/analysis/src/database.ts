import type { SubgraphDatabase } from '@crm/kit';
import { Analysis0001 } from './migrations/0001-analysis.migration';
import { CustomerScore } from './customer-score/customer-score.entity';
import { ScoreJob } from './score-job/score-job.entity';
import { TierPolicy } from './tier-policy/tier-policy.entity';
import { DefaultTierPolicies0002 } from './migrations/0002-default-tier-policies.migration';
import { TierPolicyMakerChecker0003 } from './migrations/0003-tier-policy-maker-checker.migration';
import { ChurnReasonCodes0004 } from './migrations/0004-churn-reason-codes.migration';
import { PublishedCustomerTier0005 } from './migrations/0005-published-customer-tier.migration';
import { PolicyNames0006 } from './migrations/0006-policy-names.migration';
import { PublishedChurnRisk0007 } from './migrations/0007-published-churn-risk.migration';
import { PublishedContribution0008 } from './migrations/0008-published-contribution.migration';

export const analysisDatabase: SubgraphDatabase = {
  schema: 'analysis',
  entities: [CustomerScore, ScoreJob, TierPolicy],
  migrations: [
    { name: '0001-analysis', class: Analysis0001 },
    { name: '0002-default-tier-policies', class: DefaultTierPolicies0002 },
    { name: '0003-tier-policy-maker-checker', class: TierPolicyMakerChecker0003 },
    { name: '0004-churn-reason-codes', class: ChurnReasonCodes0004 },
    { name: '0005-published-customer-tier', class: PublishedCustomerTier0005 },
    { name: '0006-policy-names', class: PolicyNames0006 },
    { name: '0007-published-churn-risk', class: PublishedChurnRisk0007 },
    { name: '0008-published-contribution', class: PublishedContribution0008 },
  ],
};

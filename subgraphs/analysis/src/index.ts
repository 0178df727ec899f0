import 'reflect-metadata';
import { customerReference, defineSubgraph, OrgUnitReference, orgUnitReference } from '@crm/kit';
import { analysisDatabase } from './database';
import { CustomerScoreFieldsResolver, CustomerScoreResolver, TierHistoryEntryResolver } from './customer-score/customer-score.resolver';
import { ScoreJobResolver } from './score-job/score-job.resolver';
import { TierPolicyResolver } from './tier-policy/tier-policy.resolver';
import { CustomerScoreEvidenceResolver, CustomerTierResolver, TierEvidenceResolver } from './tier-policy/tier-evidence.resolver';
import { TierMovementResolver } from './tier-policy/tier-movement.resolver';
import { OrgRollupResolver } from './org-rollup/org-rollup.resolver';

export { analysisDatabase } from './database';

/** analysis: tiers, the five degrees, roll-ups — the customer analysis and decision system. */
export const analysisSubgraph = defineSubgraph({
  name: 'analysis',
  database: analysisDatabase,
  resolvers: [
    CustomerScoreFieldsResolver,
    CustomerScoreResolver,
    TierHistoryEntryResolver,
    ScoreJobResolver,
    TierPolicyResolver,
    TierEvidenceResolver,
    CustomerScoreEvidenceResolver,
    CustomerTierResolver,
    TierMovementResolver,
    OrgRollupResolver,
  ] as never,
  // OrgUnit is only extended here (roll-ups): no query returns it, so it is listed to be in the schema
  orphanedTypes: [OrgUnitReference],
  // each with the permission it needs (customer.reference.ts, org-unit.reference.ts): denied → null
  references: { Customer: customerReference, OrgUnit: orgUnitReference },
});
export { recomputeBank, SCORE_CHUNK } from './score-job/score-job.service';
export { defaultRecomputeAsOf, latestScoredAsOf } from './scoring/scoring.service';

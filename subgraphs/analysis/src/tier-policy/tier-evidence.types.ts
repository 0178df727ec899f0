import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ScoreMetric, type Tier, type TierScheme } from './tier-policy.enums';
import { TierRule, type ComparisonOp, type TierCondition } from './tier-policy.entity';
import { formatNumber, OP_SYMBOL } from './tier-policy.validation';

/** What applyTierPolicy stores in customer_score.tier_evidence (see evidenceSql). */
export interface StoredTierEvidence {
  policyId: number;
  scheme: TierScheme;
  policyVersion: number;
  ruleIndex: number;
  tier: Tier;
  condition: TierCondition | null;
  description: string | null;
  inputs: Record<string, number | string>;
}

const METRIC_ORDER = Object.values(ScoreMetric) as string[];
/** jsonb keeps no key order: inputs are shown in the ScoreMetric order, as numbers */
const orderedInputs = (inputs: Record<string, number | string> | undefined): Record<string, number> =>
  Object.fromEntries(
    Object.entries(inputs ?? {})
      .sort(([a], [b]) => METRIC_ORDER.indexOf(a) - METRIC_ORDER.indexOf(b))
      .map(([k, v]) => [k, Number(v)]),
  );

const holds = (v: number, op: ComparisonOp, t: number) => (op === '>=' ? v >= t : op === '>' ? v > t : op === '<=' ? v <= t : v < t);

/** The condition with the customer's values in it: "WEIGHTED_ASSETS 5,230,000 ≥ 5,000,000 AND LOYALTY 64 not ≥ 70". */
function explainCondition(c: TierCondition, inputs: Record<string, number>, nested = false): string {
  if ('all' in c || 'any' in c) {
    const parts = 'all' in c ? c.all : c.any;
    const text = parts.map((p) => explainCondition(p, inputs, true)).join('all' in c ? ' AND ' : ' OR ');
    return nested && parts.length > 1 ? `(${text})` : text;
  }
  const v = inputs[c.metric];
  const symbol = OP_SYMBOL[c.op];
  return `${c.metric} ${formatNumber(v)} ${holds(v, c.op, c.value) ? symbol : `not ${symbol}`} ${formatNumber(c.value)}`;
}

export function explainTierEvidence(e: StoredTierEvidence): string {
  const inputs = orderedInputs(e.inputs);
  const policy = `policy ${e.scheme} v${e.policyVersion}`;
  if (e.condition) return `${explainCondition(e.condition, inputs)} → ${e.tier} (${policy})`;
  const values = Object.entries(inputs)
    .map(([k, v]) => `${k} ${formatNumber(v)}`)
    .join(', ');
  return `no tier above applies${values ? ` (${values})` : ''} → ${e.tier} (${policy})`;
}

/** "Why is this customer VIP?" — the policy, the rule that placed them, the values it compared, in words. */
@ObjectType({ description: 'Why a customer has their tier: the policy version, the rule, the inputs it compared' })
export class TierEvidence {
  /** resolved to the TierPolicy by a loader (TierEvidenceResolver) */
  policyId!: number;

  @Field(() => TierRule)
  rule!: TierRule;

  @Field(() => GraphQLJSON, { description: 'the value of every metric the policy compares, e.g. { "WEIGHTED_ASSETS": 5230000 }' })
  inputs!: Record<string, number>;

  @Field({ description: 'e.g. "WEIGHTED_ASSETS 5,230,000 ≥ 5,000,000 → VIP (policy VALUE_PYRAMID v1)"' })
  explanation!: string;

  static from(stored: StoredTierEvidence): TierEvidence {
    return Object.assign(new TierEvidence(), {
      policyId: stored.policyId,
      rule: { tier: stored.tier, condition: stored.condition ?? null, description: stored.description ?? null },
      inputs: orderedInputs(stored.inputs),
      explanation: explainTierEvidence(stored),
    });
  }
}

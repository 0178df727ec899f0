import { pgArray } from '@crm/kit';
import { METRIC_COLUMNS, type ScoreMetric, type TierScheme } from './tier-policy.enums';
import type { TierCondition, TierRule } from './tier-policy.entity';
import { ident, joinSql, operator, sql, type SqlFragment } from './sql-fragment';

/**
 * The rule compiler: a policy's rules → SQL expressions over one analysis.customer_score row. The same
 * expressions place customers in applyTierPolicy (UPDATE) and count them in the preview (SELECT …
 * GROUP BY), so what the preview says is what approval does. Only whitelisted column names and
 * operators reach the SQL text; every threshold is a bound parameter.
 */
export interface CompilablePolicy {
  id: number;
  scheme: TierScheme;
  policyVersion: number;
  rules: readonly Pick<TierRule, 'tier' | 'condition' | 'description'>[];
}

function column(alias: string, metric: ScoreMetric) {
  const name = METRIC_COLUMNS[metric];
  if (!name) throw new Error(`unknown metric ${metric}`);
  return ident(`${alias}.${name}`);
}

export function conditionSql(c: TierCondition, alias: string): SqlFragment {
  if ('all' in c)
    return sql`(${joinSql(
      c.all.map((p) => conditionSql(p, alias)),
      ' and ',
    )})`;
  if ('any' in c)
    return sql`(${joinSql(
      c.any.map((p) => conditionSql(p, alias)),
      ' or ',
    )})`;
  return sql`${column(alias, c.metric)} ${operator(c.op)} ${c.value}::numeric`;
}

/** `case when <rule 0> then 0 when <rule 1> then 1 … else <last> end`: the 0-based index of the placing rule. */
export function ruleIndexSql(policy: CompilablePolicy, alias: string): SqlFragment {
  const last = policy.rules.length - 1;
  const whens = policy.rules.slice(0, last).map((r, i) => {
    if (!r.condition) throw new Error(`rule ${i} (${r.tier}) has no condition`);
    return sql`when ${conditionSql(r.condition, alias)} then ${i}::int`;
  });
  return sql`(case ${joinSql(whens, ' ')} else ${last}::int end)`;
}

/** The tier names in rule order, as ONE text[] parameter: `(tiers)[index + 1]`. */
export const tiersArraySql = (policy: CompilablePolicy) => sql`(${pgArray(policy.rules.map((r) => r.tier))}::text[])`;

/** Metrics a policy compares, in first-use order: the evidence records each one's value. */
export function metricsOf(policy: CompilablePolicy): ScoreMetric[] {
  const seen = new Set<ScoreMetric>();
  const walk = (c: TierCondition | null | undefined) => {
    if (!c) return;
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else seen.add(c.metric);
  };
  policy.rules.forEach((r) => walk(r.condition));
  return [...seen];
}

/**
 * The evidence of a placement as jsonb — the policy, the rule (index, tier, condition, description) and
 * the value of every metric the policy compares: exactly what answers "why is this customer VIP?".
 */
export function evidenceSql(policy: CompilablePolicy, alias: string, index: SqlFragment): SqlFragment {
  const inputs = metricsOf(policy).map((m) => sql`${m}::text, ${column(alias, m)}`);
  return sql`jsonb_build_object(
    'policyId', ${policy.id}::int, 'scheme', ${policy.scheme}::text, 'policyVersion', ${policy.policyVersion}::int,
    'ruleIndex', ${index}, 'tier', ${tiersArraySql(policy)}[${index} + 1],
    'condition', (${JSON.stringify(policy.rules.map((r) => r.condition ?? null))}::jsonb) -> ${index},
    'description', (${JSON.stringify(policy.rules.map((r) => r.description ?? null))}::jsonb) -> ${index},
    'inputs', jsonb_build_object(${joinSql(inputs, ', ')}))`;
}

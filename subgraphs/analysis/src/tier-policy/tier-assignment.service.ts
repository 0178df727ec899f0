import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '@crm/kit';
import type { TierScheme } from './tier-policy.enums';
import type { TierRule } from './tier-policy.entity';
import { evidenceSql, ruleIndexSql, tiersArraySql, type CompilablePolicy } from './tier-rules.sql';
import { sql } from './sql-fragment';

/** The ACTIVE policy in compilable form, or null when none is active (then nobody is tiered). */
export async function loadActivePolicy(em: EntityManager): Promise<CompilablePolicy | null> {
  const [row] = await em.execute<{ id: number; scheme: TierScheme; policy_version: number; rules: TierRule[] }[]>(
    `select id, scheme, policy_version, rules from analysis.tier_policy where status = 'ACTIVE'`,
  );
  return row ? { id: row.id, scheme: row.scheme, policyVersion: row.policy_version, rules: row.rules } : null;
}

/**
 * Places the customers scored at `asOf` (all of them, or only `customerIds`) with the ACTIVE policy — ONE
 * set-based UPDATE: the rule index is computed once per row by the compiled CASE, and tier, policy_id
 * and the evidence (policy, rule, the metric values compared) follow from it. Scoring (customer_score
 * values) is done before by the recompute; this only fills the tier columns. Runs in whatever
 * transaction `em` is in. Returns the number of rows placed (0 when no policy is active).
 */
export async function applyTierPolicy(
  em: EntityManager,
  opts: { asOf: string; customerIds?: readonly number[]; policy?: CompilablePolicy },
): Promise<number> {
  const policy = opts.policy ?? (await loadActivePolicy(em));
  if (!policy) return 0;
  const only = opts.customerIds ? sql`and c.customer_id = any(${pgArray(opts.customerIds)}::int[])` : sql``;
  const q = sql`
    update analysis.customer_score s
    set tier = ${tiersArraySql(policy)}[p.idx + 1],
        policy_id = ${policy.id}::int,
        tier_evidence = ${evidenceSql(policy, 's', sql`p.idx`)}
    from (select c.customer_id, ${ruleIndexSql(policy, 'c')} as idx
          from analysis.customer_score c
          where c.as_of = ${opts.asOf}::date ${only}) p
    where s.as_of = ${opts.asOf}::date and s.customer_id = p.customer_id`;
  const res = await em.execute<{ affectedRows: number }>(q.text, [...q.params], 'run');
  return res.affectedRows;
}

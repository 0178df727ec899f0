import {
  BadUserInputError,
  calendarDate,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  parseId,
  requirePermission,
  type RequestContext,
} from '@crm/kit';
import { PolicyStatus, SCHEME_TIERS, Tier, type TierScheme } from './tier-policy.enums';
import { TierPolicy, type TierCondition, type TierRule } from './tier-policy.entity';
import type { TierPolicyInput } from './tier-policy.input';
import type { TierPolicyPreview } from './tier-policy.types';
import { checkCondition, tierPolicyIssues, type TierPolicyDraft } from './tier-policy.validation';
import { ruleIndexSql, tiersArraySql, type CompilablePolicy } from './tier-rules.sql';
import { applyTierPolicy } from './tier-assignment.service';
import { latestScoredAsOf } from '../scoring/scoring.service';
import { sql } from './sql-fragment';

/**
 * Who may draft and who may approve comes from the permission table (TIER_POLICY_EDIT,
 * TIER_POLICY_APPROVE); the resolvers' @Permit checks it first, these services check it again for
 * any other caller. Approval is maker-checker: a policy re-tiers the whole bank, so its author may
 * not approve it (also a check in the table, tier_policy_four_eyes, migration 0003).
 */
export const SELF_APPROVAL_MESSAGE = 'a tier policy must be approved by someone other than its author';

/** BAD_USER_INPUT naming the first issue's field; every issue rides along in extensions.issues for the editor. */
function assertValid(draft: TierPolicyDraft) {
  const issues = tierPolicyIssues(draft);
  if (!issues.length) return;
  const error = new BadUserInputError(issues[0].message, issues[0].field);
  (error.extensions as Record<string, unknown>).issues = issues;
  throw error;
}

/** The rules as stored: conditions rebuilt from their checked form (no stray keys), descriptions trimmed. */
function normalizedRules(input: TierPolicyInput): TierRule[] {
  return input.rules.map((r, i) => ({
    tier: r.tier,
    condition: r.condition == null ? null : (checkCondition(r.condition, `rules[${i}].condition`, []) as TierCondition),
    description: r.description?.trim() || null,
  }));
}

const asCompilable = (p: Pick<TierPolicy, 'id' | 'scheme' | 'policyVersion' | 'rules'>): CompilablePolicy => ({
  id: p.id,
  scheme: p.scheme,
  policyVersion: p.policyVersion,
  rules: p.rules,
});

export const listTierPolicies = (ctx: RequestContext) => ctx.em.find(TierPolicy, {}, { orderBy: { createdAt: 'desc', id: 'desc' } });

export const activeTierPolicy = (ctx: RequestContext) => ctx.em.findOne(TierPolicy, { status: PolicyStatus.ACTIVE });

/** Saves a validated draft as the scheme's next policyVersion (serialised per scheme, so two saves never clash). */
export async function saveTierPolicyDraft(ctx: RequestContext, input: TierPolicyInput): Promise<TierPolicy> {
  requirePermission(ctx, 'TIER_POLICY_EDIT');
  assertValid(input);
  return ctx.em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`analysis.tier_policy ${input.scheme}`]);
    const [{ next }] = await tx.execute<{ next: number }[]>(
      'select coalesce(max(policy_version), 0) + 1 as next from analysis.tier_policy where scheme = ?',
      [input.scheme],
    );
    const policy = tx.create(TierPolicy, {
      scheme: input.scheme,
      policyVersion: next,
      name: input.name.trim(),
      nameEn: input.nameEn?.trim() || null,
      effectiveFrom: input.effectiveFrom,
      rules: normalizedRules(input),
      assetCoefficients: {
        deposit: input.assetCoefficients.deposit,
        wealth: input.assetCoefficients.wealth,
        timeDeposit: input.assetCoefficients.timeDeposit,
      },
      createdByStaffId: parseId(ctx.user.sub, 'sub'),
    });
    await tx.flush();
    return policy;
  });
}

/**
 * Approves a draft (the checker: TIER_POLICY_APPROVE, not its author — FORBIDDEN otherwise): in ONE
 * transaction it supersedes the ACTIVE policy, activates this one (recording the approver and the time;
 * a stale version is CONFLICT), and re-tiers every customer scored at the latest as-of with it — the
 * same compiled SQL the preview counted with. Approvals are serialised by an advisory lock, so two at
 * once end with the later one active rather than a unique-index error.
 */
export async function approveTierPolicy(ctx: RequestContext, id: string, version: number): Promise<TierPolicy> {
  requirePermission(ctx, 'TIER_POLICY_APPROVE');
  const policyId = parseId(id);
  const approver = parseId(ctx.user.sub, 'sub');
  return ctx.em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('analysis.tier_policy approve'))`);
    const policy = await tx.findOne(TierPolicy, { id: policyId }, { refresh: true });
    if (!policy) throw new NotFoundError('Tier policy');
    // the author never approves, whatever the version or status: the answer does not depend on timing
    if (policy.createdByStaffId === approver) throw new ForbiddenError(SELF_APPROVAL_MESSAGE);
    if (policy.version !== version) throw new ConflictError();
    if (policy.status !== PolicyStatus.DRAFT) {
      throw new BadUserInputError(`only a draft can be approved; ${policy.scheme} v${policy.policyVersion} is ${policy.status}`, 'id');
    }
    assertValid(policy); // saved valid; checked again in case the rules of validity grew since
    await tx.execute(
      `update analysis.tier_policy set status = 'SUPERSEDED', version = version + 1, updated_at = now() where status = 'ACTIVE'`,
    );
    policy.status = PolicyStatus.ACTIVE;
    policy.approvedByStaffId = approver;
    policy.approvedAt = new Date();
    await tx.flush(); // versioned UPDATE: a concurrent change of this row is CONFLICT
    const asOf = await latestScoredAsOf(tx);
    if (asOf) await applyTierPolicy(tx, { asOf, policy: asCompilable(policy) });
    return policy;
  });
}

const TIER_ORDER = Object.values(Tier);

/**
 * What approving `input` would do at `asOf` (default: the latest scored date): ONE SELECT over the bank's
 * scores that groups current tier × tier under the new rules — the same compiled CASE as applyTierPolicy.
 * Nothing is written.
 */
export async function previewTierPolicy(ctx: RequestContext, input: TierPolicyInput, asOfArg?: string | null): Promise<TierPolicyPreview> {
  requirePermission(ctx, 'TIER_POLICY_EDIT'); // a bank-wide count by tier: part of drafting
  assertValid(input);
  const asOf = asOfArg == null ? null : calendarDate(asOfArg, 'asOf');
  const policy: CompilablePolicy = { id: 0, scheme: input.scheme, policyVersion: 0, rules: normalizedRules(input) };
  const q = sql`
    with target as (select coalesce(${asOf}::date, (select max(as_of) from analysis.customer_score)) as as_of)
    select to_char(t.as_of, 'YYYY-MM-DD') as as_of, s.tier as from_tier,
           ${tiersArraySql(policy)}[${ruleIndexSql(policy, 's')} + 1] as to_tier,
           count(s.customer_id)::int as customers
    from target t left join analysis.customer_score s on s.as_of = t.as_of
    group by 1, 2, 3`;
  const rows = await ctx.em.execute<{ as_of: string | null; from_tier: Tier | null; to_tier: Tier; customers: number }[]>(q.text, [
    ...q.params,
  ]);
  const resolvedAsOf = rows[0]?.as_of;
  if (!resolvedAsOf) throw new BadUserInputError('No customer has been scored yet: run a recompute before previewing', 'asOf');
  const counted = rows.filter((r) => r.customers > 0);
  const sum = (tier: Tier, key: 'from_tier' | 'to_tier') => counted.filter((r) => r[key] === tier).reduce((n, r) => n + r.customers, 0);
  const schemeTiers = SCHEME_TIERS[input.scheme as TierScheme];
  const moves = counted
    .filter((r) => r.from_tier !== r.to_tier)
    .map((r) => ({ from: r.from_tier, to: r.to_tier, customers: r.customers }))
    .sort((a, b) => b.customers - a.customers || String(a.from).localeCompare(String(b.from)) || a.to.localeCompare(b.to));
  const before = TIER_ORDER.filter((t) => schemeTiers.includes(t) || sum(t, 'from_tier') > 0).map((tier) => ({
    tier,
    customers: sum(tier, 'from_tier'),
  }));
  return {
    asOf: resolvedAsOf,
    customers: counted.reduce((n, r) => n + r.customers, 0),
    moving: moves.reduce((n, m) => n + m.customers, 0),
    moves,
    before: [
      ...before.filter((c) => schemeTiers.includes(c.tier)).sort((a, b) => schemeTiers.indexOf(a.tier) - schemeTiers.indexOf(b.tier)),
      ...before.filter((c) => !schemeTiers.includes(c.tier)),
    ],
    after: schemeTiers.map((tier) => ({ tier, customers: sum(tier, 'to_tier') })),
  };
}

import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { BadUserInputError, ConflictError, NotFoundError, parseId, requiredText, requirePermission, type RequestContext } from '@crm/kit';
import { orgUnitPath } from '../customer-manager/customer-manager.service';
import { currentPeriod, parsePeriod } from './scorecard-period';
import { ScorecardWeights } from './scorecard-weights.entity';
import type { ScorecardMeasureWeightsInput, SetScorecardWeightsInput } from './scorecard-weights.input';

const MEASURE_FIELDS: readonly (keyof ScorecardMeasureWeightsInput)[] = [
  'depositStock',
  'depositGrowth',
  'loanStock',
  'loanGrowth',
  'intermediaryIncome',
  'newBasicAccounts',
  'satisfaction',
  'onTimeTaskRate',
];

/** The unit a weights call is about, in the caller's scope: default their own; another unit's is NOT_FOUND. */
async function unitInScope(ctx: RequestContext, orgUnitId: string | null | undefined): Promise<{ id: number; path: string }> {
  if (!orgUnitId) return { id: parseId(ctx.user.orgUnitId, 'orgUnitId'), path: ctx.scope.path };
  const path = await orgUnitPath(ctx, orgUnitId);
  if (!path || !ctx.scope.contains(path)) throw new NotFoundError('Org unit');
  return { id: parseId(orgUnitId, 'orgUnitId'), path };
}

/** A share of points 0–100 with at most two decimals (the column's), or BAD_USER_INPUT naming the field. */
function points(value: number, field: string): number {
  if (!Number.isFinite(value) || value < 0 || value > 100) throw new BadUserInputError(`${field} must be between 0 and 100`, field);
  if (Math.abs(Math.round(value * 100) - value * 100) > 1e-6) throw new BadUserInputError(`${field} must have at most 2 decimals`, field);
  return Math.round(value * 100) / 100;
}

/**
 * The version in force for a unit in a month among the versions that apply to it (its own and its
 * ancestors'): the most specific unit, then the latest month, then the latest version — the rule the
 * scorecard statement applies (scorecard.sql.ts).
 */
export function inForce(versions: readonly ScorecardWeights[], monthFirstDay: string): ScorecardWeights | undefined {
  return versions
    .filter((v) => v.effectiveFromDay <= monthFirstDay)
    .sort(
      (a, b) => b.orgPath.length - a.orgPath.length || b.effectiveFromDay.localeCompare(a.effectiveFromDay) || b.version - a.version,
    )[0];
}

/** Every version that applies to a unit (its own, its ancestors', the bank-wide default), latest month first: ONE statement. */
async function versionsFor(ctx: RequestContext, path: string): Promise<ScorecardWeights[]> {
  const rows = await ctx.em.getConnection().execute<Record<string, unknown>[]>(
    `select * from managers.scorecard_weights where ? like org_path || '%'
       order by effective_from desc, length(org_path) desc, version desc`,
    [path],
  );
  return rows.map((r) => ctx.em.map(ScorecardWeights, r));
}

/** The weights in force for a unit this month and the history of versions that apply to it. */
export async function scorecardWeightsOf(ctx: RequestContext, orgUnitId?: string | null) {
  const unit = await unitInScope(ctx, orgUnitId);
  const history = await versionsFor(ctx, unit.path);
  const current = inForce(history, currentPeriod().first);
  if (!current) throw new Error('no scorecard weights in force: the bank-wide default (migration 0005) is missing');
  return { current, history };
}

/**
 * Adds a version of a unit's weights (TARGET_SET — a branch or sub-branch leader, for a unit in their
 * scope), in force from this month or a later one. `version` is the unit's latest as the caller read it:
 * another version added since is CONFLICT (checked, and by the unique (org_path, version) against a
 * concurrent writer). One transaction.
 */
export async function setScorecardWeights(ctx: RequestContext, input: SetScorecardWeightsInput): Promise<ScorecardWeights> {
  requirePermission(ctx, 'TARGET_SET');
  const from = parsePeriod(input.effectiveFrom, 'effectiveFrom');
  const now = currentPeriod();
  if (from.first < now.first) {
    throw new BadUserInputError(
      `effectiveFrom must be this month (${now.label}) or later: a past month is never re-scored`,
      'effectiveFrom',
    );
  }
  if (!input.weights) throw new BadUserInputError('weights is required', 'weights');
  const weights = Object.fromEntries(MEASURE_FIELDS.map((f) => [f, points(input.weights[f], `weights.${f}`)])) as Record<
    (typeof MEASURE_FIELDS)[number],
    number
  >;
  const sumCents = MEASURE_FIELDS.reduce((s, f) => s + Math.round(weights[f] * 100), 0);
  if (sumCents !== 10_000) throw new BadUserInputError(`weights must sum to 100 (they sum to ${sumCents / 100})`, 'weights');
  const perLoan = points(input.overduePenaltyPerLoan, 'overduePenaltyPerLoan');
  const cap = points(input.overduePenaltyCap, 'overduePenaltyCap');
  const reason = requiredText(input.reason, 'reason', 1000);
  const unit = await unitInScope(ctx, input.orgUnitId);
  try {
    return await ctx.em.transactional(async (tx) => {
      const [{ latest }] = await tx.execute<{ latest: number }[]>(
        `select coalesce(max(version), 0)::int as latest from managers.scorecard_weights where org_path = ?`,
        [unit.path],
      );
      if ((input.version ?? 0) !== latest) throw new ConflictError();
      const created = tx.create(ScorecardWeights, {
        orgUnitId: unit.id,
        orgPath: unit.path,
        version: latest + 1,
        effectiveFromDay: from.first,
        ...weights,
        overduePenaltyPerLoan: perLoan,
        overduePenaltyCap: cap,
        setByStaffId: parseId(ctx.user.sub, 'sub'),
        reason,
      });
      await tx.flush();
      return created;
    });
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) throw new ConflictError();
    throw e;
  }
}

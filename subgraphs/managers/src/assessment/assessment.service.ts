import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  optionalText,
  parseId,
  pgArray,
  requiredText,
  requirePermission,
  type RequestContext,
} from '@crm/kit';
import { DIMENSIONS, type CompetencyDimension } from '../competency/competency.enums';
import { activeModelId } from '../competency/competency.service';
import { managerInScopeLoader } from '../customer-manager/customer-manager.loader';
import { Assessment, AssessmentStatus } from './assessment.entity';
import type { AssessmentScoreInput, SaveAssessmentDraftInput } from './assessment.input';
import { competencyReadCondition } from './assessment.access';

export const SELF_ASSESSMENT_MESSAGE = 'nobody assesses themselves: another trainer must assess you';
const EVIDENCE_MAX = 1000;

/** 1–5 in half steps: a trainer torn between two descriptors says so (3.5), finer steps would be false precision. */
export const isScore = (n: number) => Number.isFinite(n) && n >= 1 && n <= 5 && Number.isInteger(n * 2);

/** Each score checked, its field named as the form shows it (`scores[2].score`); a dimension at most once. */
export function checkedScores(scores: readonly AssessmentScoreInput[]): AssessmentScoreInput[] {
  const seen = new Map<CompetencyDimension, number>();
  return scores.map((s, i) => {
    const at = `scores[${i}]`;
    if (!DIMENSIONS.includes(s.dimension)) throw new BadUserInputError(`${at}.dimension is not a competency dimension`, `${at}.dimension`);
    if (seen.has(s.dimension)) {
      throw new BadUserInputError(
        `${at}.dimension: ${s.dimension} is already scored in scores[${seen.get(s.dimension)}]`,
        `${at}.dimension`,
      );
    }
    seen.set(s.dimension, i);
    if (!isScore(s.score)) throw new BadUserInputError(`${at}.score must be between 1 and 5 in half steps (1, 1.5 … 5)`, `${at}.score`);
    return { dimension: s.dimension, score: s.score, evidence: requiredText(s.evidence, `${at}.evidence`, EVIDENCE_MAX) };
  });
}

/** One assessment the caller may read (trainers: in scope, drafts too; a manager: their own, submitted on), or NOT_FOUND. */
export async function getAssessment(ctx: RequestContext, id: string | number): Promise<Assessment> {
  const assessmentId = parseId(id);
  const read = competencyReadCondition(ctx, 'a.manager_id', 'm.org_path');
  const [row] = read
    ? await ctx.em.execute<Record<string, unknown>[]>(
        `select a.* from managers.assessment a join managers.customer_manager m on m.staff_id = a.manager_id
         where a.id = ? and ${read.sql}${read.drafts ? '' : ` and a.status <> 'DRAFT'`}`,
        [assessmentId, ...read.params],
      )
    : [];
  if (!row) throw new NotFoundError('Assessment');
  return ctx.em.map(Assessment, row);
}

/**
 * A trainer's draft for one manager in their scope: a new one (with the model in effect), or a change of
 * their own draft (version checked). The draft's scores become exactly `input.scores`. A manager outside
 * the scope is NOT_FOUND, like one that does not exist; the trainer themselves is refused (field managerId).
 */
export async function saveAssessmentDraft(ctx: RequestContext, input: SaveAssessmentDraftInput): Promise<Assessment> {
  requirePermission(ctx, 'MANAGER_ASSESS');
  const managerId = parseId(input.managerId, 'managerId');
  const assessmentId = input.assessmentId == null ? null : parseId(input.assessmentId, 'assessmentId');
  if (assessmentId != null && input.version == null) throw new BadUserInputError('version is required to change a draft', 'version');
  const scores = checkedScores(input.scores ?? []);
  const assessor = parseId(ctx.user.sub, 'sub');
  const manager = await managerInScopeLoader(ctx).load(managerId);
  if (!manager) throw new NotFoundError('Customer manager');
  if (manager.id === assessor) throw new BadUserInputError(SELF_ASSESSMENT_MESSAGE, 'managerId');
  if (!manager.active) throw new BadUserInputError('this manager is no longer active: only active managers are assessed', 'managerId');
  try {
    return await ctx.em.transactional(async (tx) => {
      const assessment =
        assessmentId == null ? await startDraft(tx, managerId, assessor) : await ownDraft(tx, assessmentId, managerId, assessor);
      if (assessmentId != null) {
        await tx.lock(assessment, LockMode.OPTIMISTIC, input.version!);
        assessment.updatedAt = new Date();
      }
      // versioned UPDATE (or the INSERT) first: it holds the row, so a concurrent save of the same draft waits, then fails CONFLICT
      await tx.flush();
      await tx.execute(`delete from managers.assessment_score where assessment_id = ?`, [assessment.id]);
      if (scores.length) {
        await tx.execute(
          `insert into managers.assessment_score (assessment_id, dimension, score, evidence)
           select ?, x.dimension, x.score, x.evidence from unnest(?::text[], ?::numeric[], ?::text[]) as x(dimension, score, evidence)`,
          [
            assessment.id,
            pgArray(scores.map((s) => s.dimension)),
            pgArray(scores.map((s) => s.score)),
            pgArray(scores.map((s) => s.evidence)),
          ],
        );
      }
      return assessment;
    });
  } catch (e) {
    // two trainers starting a draft for the same manager at once: one wins (assessment_one_draft)
    if (e instanceof UniqueConstraintViolationException)
      throw new ConflictError('This manager already has a draft assessment: reload and continue it');
    throw e;
  }
}

async function startDraft(tx: EntityManager, managerId: number, assessor: number): Promise<Assessment> {
  const [open] = await tx.execute<{ id: number }[]>(`select id from managers.assessment where manager_id = ? and status = 'DRAFT'`, [
    managerId,
  ]);
  if (open) throw new ConflictError(`This manager already has a draft assessment (${open.id}): continue it instead of starting another`);
  return tx.create(Assessment, { managerId, assessorStaffId: assessor, modelId: await activeModelId(tx) });
}

/** A draft the caller started, of this manager (the manager was checked in scope). */
async function ownDraft(tx: EntityManager, id: number, managerId: number, assessor: number): Promise<Assessment> {
  const assessment = await tx.findOne(Assessment, { id, managerId });
  if (!assessment) throw new NotFoundError('Assessment');
  if (assessment.assessorStaffId !== assessor)
    throw new ForbiddenError('Only the trainer who started this assessment may change or submit it');
  if (assessment.status !== AssessmentStatus.DRAFT) {
    throw new BadUserInputError(`only a draft can be changed; this assessment is ${assessment.status}`, 'assessmentId');
  }
  return assessment;
}

/** An assessment of a manager in the caller's scope, managed by `tx`, or NOT_FOUND. */
async function assessmentInScope(ctx: RequestContext, tx: EntityManager, id: number): Promise<Assessment> {
  const scope = ctx.scope.sql('m.org_path');
  const [row] = await tx.execute<Record<string, unknown>[]>(
    `select a.* from managers.assessment a join managers.customer_manager m on m.staff_id = a.manager_id where a.id = ? and ${scope.sql}`,
    [id, scope.param],
  );
  if (!row) throw new NotFoundError('Assessment');
  return tx.map(Assessment, row);
}

/**
 * Submits a draft: all six dimensions scored (else BAD_USER_INPUT on `scores`, naming the missing ones),
 * the overall computed here from the weights of the draft's model — in SQL numerics, rounded to 2
 * decimals, so 3.775 is 3.78 and not a float's 3.77. Only the trainer who started it; version checked.
 */
export async function submitAssessment(ctx: RequestContext, id: string, version: number): Promise<Assessment> {
  requirePermission(ctx, 'MANAGER_ASSESS');
  const assessor = parseId(ctx.user.sub, 'sub');
  return ctx.em.transactional(async (tx) => {
    const assessment = await assessmentInScope(ctx, tx, parseId(id));
    if (assessment.assessorStaffId !== assessor)
      throw new ForbiddenError('Only the trainer who started this assessment may change or submit it');
    await tx.lock(assessment, LockMode.OPTIMISTIC, version);
    if (assessment.status !== AssessmentStatus.DRAFT) {
      throw new BadUserInputError(`only a draft can be submitted; this assessment is ${assessment.status}`, 'id');
    }
    const [{ overall, missing }] = await tx.execute<{ overall: string | null; missing: CompetencyDimension[] | null }[]>(
      `select round(sum(d.weight * s.score) / sum(d.weight), 2)::text as overall,
              array_agg(d.dimension order by d.sort_order) filter (where s.score is null) as missing
       from managers.competency_dimension d
       left join managers.assessment_score s on s.assessment_id = ? and s.dimension = d.dimension
       where d.model_id = ?`,
      [assessment.id, assessment.modelId],
    );
    if (missing?.length) {
      throw new BadUserInputError(`every dimension needs a score before submitting; missing: ${missing.join(', ')}`, 'scores');
    }
    assessment.status = AssessmentStatus.SUBMITTED;
    assessment.overall = Number(overall);
    assessment.submittedAt = new Date();
    await tx.flush(); // versioned UPDATE: a concurrent change is CONFLICT
    return assessment;
  });
}

/**
 * The assessed manager acknowledges a submitted assessment, with an optional comment. Anyone else's
 * assessment — and a draft — is NOT_FOUND: a manager sees only their own, from SUBMITTED on.
 */
export async function acknowledgeAssessment(
  ctx: RequestContext,
  id: string,
  version: number,
  comment?: string | null,
): Promise<Assessment> {
  requirePermission(ctx, 'ASSESSMENT_ACKNOWLEDGE');
  const self = parseId(ctx.user.sub, 'sub');
  const managerComment = optionalText(comment, 'comment', 1000);
  return ctx.em.transactional(async (tx) => {
    const assessment = await tx.findOne(Assessment, { id: parseId(id), managerId: self, status: { $ne: AssessmentStatus.DRAFT } });
    if (!assessment) throw new NotFoundError('Assessment');
    await tx.lock(assessment, LockMode.OPTIMISTIC, version);
    if (assessment.status !== AssessmentStatus.SUBMITTED) throw new BadUserInputError('this assessment is already acknowledged', 'id');
    assessment.status = AssessmentStatus.ACKNOWLEDGED;
    assessment.acknowledgedAt = new Date();
    assessment.managerComment = managerComment;
    await tx.flush();
    return assessment;
  });
}

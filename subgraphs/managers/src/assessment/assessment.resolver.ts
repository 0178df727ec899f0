import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permit, StaffReference, type RequestContext } from '@crm/kit';
import { CompetencyModel } from '../competency/competency.types';
import { competencyModelLoader } from '../competency/competency.service';
import { CustomerManager } from '../customer-manager/customer-manager.entity';
import { managerLoader } from '../customer-manager/customer-manager.loader';
import { Assessment, AssessmentScore, AssessmentStatus } from './assessment.entity';
import { SaveAssessmentDraftInput } from './assessment.input';
import { CompetencyHistoryPoint } from './assessment.types';
import { assessmentsOfManagers, competencyHistoryOfManagers, scoresOfAssessments } from './assessment.loader';
import { acknowledgeAssessment, getAssessment, saveAssessmentDraft, submitAssessment } from './assessment.service';

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Permit('MANAGER_READ')
  @Query(() => Assessment, {
    description: 'One assessment: trainers, of a manager in their scope; a manager, their own once submitted (NOT_FOUND otherwise)',
  })
  assessment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getAssessment(ctx, id);
  }

  @Permit('MANAGER_ASSESS')
  @Mutation(() => Assessment, {
    description:
      'Trainer: start a draft assessment of a manager in scope (not oneself), or change one’s own draft (assessmentId + version); the draft’s scores become these',
  })
  saveAssessmentDraft(@Arg('input', () => SaveAssessmentDraftInput) input: SaveAssessmentDraftInput, @Ctx() ctx: RequestContext) {
    return saveAssessmentDraft(ctx, input);
  }

  @Permit('MANAGER_ASSESS')
  @Mutation(() => Assessment, {
    description: 'Trainer: submit one’s draft (all six dimensions scored); the overall is weighted by the model',
  })
  submitAssessment(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: RequestContext) {
    return submitAssessment(ctx, id, version);
  }

  @Permit('ASSESSMENT_ACKNOWLEDGE')
  @Mutation(() => Assessment, { description: 'The assessed manager: acknowledge a submitted assessment of oneself, with a comment' })
  acknowledgeAssessment(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
    @Arg('comment', () => String, { nullable: true, description: 'at most 1000 characters' }) comment?: string | null,
  ) {
    return acknowledgeAssessment(ctx, id, version, comment);
  }

  @FieldResolver(() => CustomerManager, { description: 'The manager assessed' })
  async manager(@Root() a: Assessment, @Ctx() ctx: RequestContext) {
    // the assessment was read within the caller's scope, so its manager is too
    return managerLoader(ctx).load(a.managerId);
  }

  @FieldResolver(() => StaffReference, { description: 'The trainer who assessed' })
  assessor(@Root() a: Assessment) {
    return StaffReference.of(a.assessorStaffId);
  }

  @FieldResolver(() => CompetencyModel, { description: 'The model version it was made with (its weights and descriptors)' })
  model(@Root() a: Assessment, @Ctx() ctx: RequestContext) {
    return competencyModelLoader(ctx).load(a.modelId);
  }

  @Directive('@listSize(assumedSize: 6)')
  @FieldResolver(() => [AssessmentScore], { description: 'Scores so far (a submitted assessment has all six), in the model’s order' })
  scores(@Root() a: Assessment, @Ctx() ctx: RequestContext) {
    return scoresOfAssessments(ctx).load(a.id);
  }

  @FieldResolver(() => Int, { description: 'Pass it back to the next change; a stale one is CONFLICT' })
  version(@Root() a: Assessment) {
    return a.version;
  }
}

/** managers adds to CustomerManager: the competency record — to trainers in scope and to the manager themselves. */
@Resolver(() => CustomerManager)
export class CustomerManagerAssessmentResolver {
  @Directive('@listSize(assumedSize: 10)') // about two a year
  @FieldResolver(() => [Assessment], {
    description: 'Every assessment, newest first (drafts to trainers only); empty for a reader who may not see them',
  })
  assessments(@Root() m: CustomerManager, @Ctx() ctx: RequestContext) {
    return assessmentsOfManagers(ctx).load(m.id);
  }

  @FieldResolver(() => Assessment, { nullable: true, description: 'The newest submitted or acknowledged assessment' })
  async latestAssessment(@Root() m: CustomerManager, @Ctx() ctx: RequestContext) {
    const all = (await assessmentsOfManagers(ctx).load(m.id)) ?? [];
    const done = all.filter((a) => a.status !== AssessmentStatus.DRAFT);
    // newest by submission: a draft started long ago and submitted today is the latest
    return done.sort((a, b) => b.submittedAt!.getTime() - a.submittedAt!.getTime() || b.id - a.id)[0] ?? null;
  }

  @Directive('@listSize(assumedSize: 10)')
  @FieldResolver(() => [CompetencyHistoryPoint], {
    description: 'Overall and per-dimension scores of each submitted assessment, oldest first: the radar over time',
  })
  competencyHistory(@Root() m: CustomerManager, @Ctx() ctx: RequestContext) {
    return competencyHistoryOfManagers(ctx).load(m.id);
  }
}

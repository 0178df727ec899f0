import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permit, StaffReference, type RequestContext } from '@crm/kit';
import { CompetencyDimension } from '../competency/competency.enums';
import { CustomerManager } from '../customer-manager/customer-manager.entity';
import { managerLoader } from '../customer-manager/customer-manager.loader';
import { TrainingCourse, TrainingPlanItem, TrainingPlanStatus } from './training-plan.entity';
import { CompetencyGap, PlanTrainingResult, TeamCompetencyGaps } from './training-plan.types';
import { gapsOfManagers, trainingCourseLoader, trainingPlanOfManagers } from './training-plan.loader';
import { listTrainingCourses, planTraining, teamCompetencyGaps, updateTrainingPlanItem } from './training-plan.service';

@Resolver(() => TrainingPlanItem)
export class TrainingPlanResolver {
  @Permit('MANAGER_READ')
  @Query(() => [TrainingCourse], { description: 'The training catalog, by dimension and level' })
  trainingCourses(
    @Ctx() ctx: RequestContext,
    @Arg('dimension', () => CompetencyDimension, { nullable: true }) dimension?: CompetencyDimension | null,
  ) {
    return listTrainingCourses(ctx, dimension);
  }

  @Permit('MANAGER_ASSESS')
  @Query(() => TeamCompetencyGaps, {
    description: 'Trainer: per dimension across a unit’s managers (default the caller’s unit) — assessed, mean score, below target',
  })
  teamCompetencyGaps(@Ctx() ctx: RequestContext, @Arg('orgUnitId', () => ID, { nullable: true }) orgUnitId?: string | null) {
    return teamCompetencyGaps(ctx, orgUnitId);
  }

  @Permit('MANAGER_ASSESS')
  @Mutation(() => PlanTrainingResult, {
    description: 'Trainer: add catalog courses for a manager’s current gaps (idempotent: no course twice while open)',
  })
  planTraining(@Arg('managerId', () => ID) managerId: string, @Ctx() ctx: RequestContext) {
    return planTraining(ctx, managerId);
  }

  @Permit('MANAGER_ASSESS')
  @Mutation(() => TrainingPlanItem, { description: 'Trainer: PLANNED → IN_PROGRESS → COMPLETED, or CANCELLED while open' })
  updateTrainingPlanItem(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => TrainingPlanStatus) status: TrainingPlanStatus,
    @Ctx() ctx: RequestContext,
  ) {
    return updateTrainingPlanItem(ctx, id, version, status);
  }

  @FieldResolver(() => TrainingCourse)
  async course(@Root() p: TrainingPlanItem, @Ctx() ctx: RequestContext) {
    return trainingCourseLoader(ctx).load(p.courseId);
  }

  @FieldResolver(() => CustomerManager)
  manager(@Root() p: TrainingPlanItem, @Ctx() ctx: RequestContext) {
    // the item was read within the caller's scope, so its manager is too
    return managerLoader(ctx).load(p.managerId);
  }

  @FieldResolver(() => StaffReference, { nullable: true, description: 'the trainer who planned it; null when seeded' })
  plannedBy(@Root() p: TrainingPlanItem) {
    return p.plannedByStaffId == null ? null : StaffReference.of(p.plannedByStaffId);
  }

  @FieldResolver(() => Int, { description: 'Pass it back to updateTrainingPlanItem; a stale one is CONFLICT' })
  version(@Root() p: TrainingPlanItem) {
    return p.version;
  }
}

/** managers adds to CustomerManager: gaps and training plan — to trainers in scope and to the manager themselves. */
@Resolver(() => CustomerManager)
export class CustomerManagerTrainingResolver {
  @Directive('@listSize(assumedSize: 6)')
  @FieldResolver(() => [CompetencyGap], {
    description: 'Dimensions of the latest submitted assessment below the grade’s target, the largest gap first',
  })
  async competencyGaps(@Root() m: CustomerManager, @Ctx() ctx: RequestContext) {
    return (await gapsOfManagers(ctx).load(m.id)) ?? [];
  }

  @Directive('@listSize(assumedSize: 10)') // a course or two per gap, a few gaps
  @FieldResolver(() => [TrainingPlanItem], { description: 'Courses planned for the manager: open ones first, then finished' })
  async trainingPlan(@Root() m: CustomerManager, @Ctx() ctx: RequestContext) {
    return (await trainingPlanOfManagers(ctx).load(m.id)) ?? [];
  }
}

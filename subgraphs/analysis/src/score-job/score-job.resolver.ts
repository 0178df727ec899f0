import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Permit, type RequestContext } from '@crm/kit';
import { ScoreJob } from './score-job.entity';
import { findLatestScoreJob, findScoreJob, startScoreRecompute } from './score-job.service';

@Resolver(() => ScoreJob)
export class ScoreJobResolver {
  @Permit('SCORE_RECOMPUTE')
  @Mutation(() => ScoreJob, {
    description:
      'Head office (strategy analyst or system admin): recomputes every customer as of a date (default: the last month-end with balance data) ' +
      'in the background and tiers them with the active policy; one at a time. Poll scoreJob(id).',
  })
  startScoreRecompute(@Ctx() ctx: RequestContext, @Arg('asOf', () => String, { nullable: true }) asOf?: string | null) {
    return startScoreRecompute(ctx, asOf);
  }

  @Permit('ANALYSIS_READ')
  @Query(() => ScoreJob, { nullable: true })
  scoreJob(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findScoreJob(ctx, id);
  }

  @Permit('ANALYSIS_READ')
  @Query(() => ScoreJob, { nullable: true, description: 'The most recently started recompute' })
  latestScoreJob(@Ctx() ctx: RequestContext) {
    return findLatestScoreJob(ctx);
  }
}

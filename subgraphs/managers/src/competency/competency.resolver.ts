import { Arg, Ctx, Directive, Int, Query, Resolver } from 'type-graphql';
import { Permit, type RequestContext } from '@crm/kit';
import { CompetencyModel } from './competency.types';
import { getCompetencyModel, listCompetencyModels } from './competency.service';

/** Trainers fill the assessment form from it; managers read what their levels mean: both hold MANAGER_READ. */
@Resolver(() => CompetencyModel)
export class CompetencyModelResolver {
  @Permit('MANAGER_READ')
  @Query(() => CompetencyModel, {
    description:
      'The competency model in effect (or one version of it): six weighted requirements, level descriptors 1–5, each grade’s targets',
  })
  competencyModel(@Ctx() ctx: RequestContext, @Arg('modelVersion', () => Int, { nullable: true }) modelVersion?: number | null) {
    return getCompetencyModel(ctx, modelVersion);
  }

  @Permit('MANAGER_READ')
  @Directive('@listSize(assumedSize: 5)') // a version every few years
  @Query(() => [CompetencyModel], { description: 'Every version of the competency model, newest first' })
  competencyModels(@Ctx() ctx: RequestContext) {
    return listCompetencyModels(ctx);
  }
}

import { Ctx, Query, Resolver } from 'type-graphql';
import { Permit, type RequestContext } from '@crm/kit';
import { Department } from './department.entity';

@Resolver(() => Department)
export class DepartmentResolver {
  @Permit('DIRECTORY_READ')
  @Query(() => [Department])
  departments(@Ctx() ctx: RequestContext) {
    return ctx.em.find(Department, {}, { orderBy: { id: 'asc' } });
  }
}

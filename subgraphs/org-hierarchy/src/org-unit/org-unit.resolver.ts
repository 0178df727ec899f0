import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ForbiddenError, groupLoader, idLoader, OrgScope, parseId, Permit, type RequestContext } from '@crm/kit';
import type { OrgLevel } from '@crm/shared-types';
import { OrgLevelEnum, OrgUnit } from './org-unit.entity';
import { Staff } from '../staff/staff.entity';

/**
 * The org chart (unit names and levels) is the bank's internal directory: any signed-in staff
 * member may read it (DIRECTORY_READ). Who works where (staff lists) needs STAFF_READ and is
 * limited to the caller's own subtree.
 */
@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @Permit('DIRECTORY_READ')
  @Query(() => OrgUnit, { nullable: true, description: 'One unit of the bank' })
  orgUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return idLoader(ctx, OrgUnit).load(parseId(id));
  }

  @Permit('DIRECTORY_READ')
  @Query(() => OrgUnit, { description: "The caller's own unit: the root of everything they can see" })
  async myOrgUnit(@Ctx() ctx: RequestContext) {
    return idLoader(ctx, OrgUnit).load(parseId(ctx.user.orgUnitId, 'orgUnitId'));
  }

  @Permit('DIRECTORY_READ')
  @Query(() => [OrgUnit], { description: 'Units below a unit (default: the caller’s), optionally of one level, in tree order' })
  async orgUnits(
    @Ctx() ctx: RequestContext,
    @Arg('under', () => ID, { nullable: true }) under?: string,
    @Arg('level', () => OrgLevelEnum, { nullable: true }) level?: OrgLevel,
  ) {
    const root = under ? await idLoader(ctx, OrgUnit).load(parseId(under, 'under')) : null;
    const scope = root ? new OrgScope(root.path) : ctx.scope;
    return ctx.em.find(OrgUnit, { path: { ...scope.where(), $ne: scope.path }, ...(level ? { level } : {}) }, { orderBy: { path: 'asc' } });
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  parent(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext) {
    return unit.parentId ? idLoader(ctx, OrgUnit).load(unit.parentId) : null;
  }

  @FieldResolver(() => [OrgUnit])
  children(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext) {
    return groupLoader(
      ctx,
      'OrgUnit#children',
      (ids) => ctx.em.find(OrgUnit, { parentId: { $in: [...ids] } }, { orderBy: { code: 'asc' } }),
      (u) => u.parentId!,
    ).load(unit.id);
  }

  @Permit('STAFF_READ')
  @FieldResolver(() => [Staff], { description: 'Staff of this unit (not of units below it); only within your own scope' })
  staff(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext) {
    if (!ctx.scope.contains(unit.path)) throw new ForbiddenError(`${unit.name} is outside your data scope`);
    return groupLoader(
      ctx,
      'Staff#unit',
      (ids) => ctx.em.find(Staff, { orgUnitId: { $in: [...ids] }, active: true }, { orderBy: { id: 'asc' } }),
      (s) => s.orgUnitId,
    ).load(unit.id);
  }
}

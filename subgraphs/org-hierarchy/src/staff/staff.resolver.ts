import { Arg, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { GraphQLError } from 'graphql';
import { can } from '@crm/shared-types';
import { BadUserInputError, idLoader, OrgScope, PageInput, Paged, pageWindow, parseId, Permit, type RequestContext } from '@crm/kit';
import { Staff } from './staff.entity';
import { OrgUnit } from '../org-unit/org-unit.entity';
import { Department } from '../department/department.entity';

@ObjectType()
export class StaffPage extends Paged(Staff) {}

@InputType()
export class StaffFilter {
  @Field(() => ID, { nullable: true, description: 'only this unit and the units below it' })
  @IsOptional()
  orgUnitId?: string;

  @Field({ nullable: true, description: 'name or username starts with' })
  @IsOptional()
  @MaxLength(64)
  search?: string;
}

/**
 * The login name and roles of a staff member are for the person themself and for whoever holds
 * STAFF_READ over their unit — not for the whole bank's directory (they name the account an
 * attacker would guess at, and who holds which power).
 */
async function mayReadAccount(staff: Staff, ctx: RequestContext): Promise<boolean> {
  if (String(staff.id) === ctx.user.sub) return true;
  if (!can(ctx.user, 'STAFF_READ')) return false;
  const unit = await idLoader(ctx, OrgUnit).load(staff.orgUnitId); // batched with every other staff row of the request
  return !!unit && ctx.scope.contains(unit.path);
}

@Resolver(() => Staff)
export class StaffResolver {
  @Permit('DIRECTORY_READ')
  @Query(() => Staff, { description: 'The signed-in staff member' })
  async me(@Ctx() ctx: RequestContext) {
    const me = await idLoader(ctx, Staff).load(parseId(ctx.user.sub, 'sub'));
    if (!me?.active) throw new GraphQLError('Your account is no longer active', { extensions: { code: 'UNAUTHENTICATED' } });
    return me;
  }

  @Permit('STAFF_READ')
  @Query(() => StaffPage, { description: 'Staff of your unit and the units below it' })
  async staff(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => StaffFilter, { nullable: true }) filter?: StaffFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const w = pageWindow(page);
    let scope = ctx.scope;
    if (filter?.orgUnitId) {
      const unit = await idLoader(ctx, OrgUnit).load(parseId(filter.orgUnitId, 'filter.orgUnitId'));
      // a unit outside the scope narrows to nothing rather than revealing whether it has staff
      scope = new OrgScope(unit && ctx.scope.contains(unit.path) ? unit.path : '/0/');
    }
    const search = filter?.search?.trim();
    // PostgreSQL refuses NUL in text: the caller's typing error, not an internal one
    if (search?.includes('\u0000')) throw new BadUserInputError('filter.search must not contain NUL characters', 'filter.search');
    const inScope = scope.sql('u.path');
    const where = [inScope.sql, `s.active`];
    const params: unknown[] = [inScope.param];
    if (search) {
      where.push(`(s.name like ? or s.username like ?)`);
      params.push(`${search}%`, `${search}%`);
    }
    const from = `from org_hierarchy.staff s join org_hierarchy.org_unit u on u.id = s.org_unit_id where ${where.join(' and ')}`;
    const conn = ctx.em.getConnection();
    const [rows, [{ total }]] = await Promise.all([
      conn.execute(`select s.* ${from} order by u.path, s.id limit ? offset ?`, [...params, w.limit, w.offset]),
      conn.execute<{ total: string }[]>(`select count(*) as total ${from}`, params),
    ]);
    return {
      items: rows.map((r: Record<string, unknown>) => ctx.em.map(Staff, r)),
      total: Number(total),
      page: w.page,
      pageSize: w.pageSize,
    };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Login name: only for yourself, or with STAFF_READ over their unit; otherwise null',
  })
  async username(@Root() staff: Staff, @Ctx() ctx: RequestContext) {
    return (await mayReadAccount(staff, ctx)) ? staff.username : null;
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description: 'Roles: only for yourself, or with STAFF_READ over their unit; otherwise null',
  })
  async roles(@Root() staff: Staff, @Ctx() ctx: RequestContext) {
    return (await mayReadAccount(staff, ctx)) ? staff.roles : null;
  }

  @FieldResolver(() => OrgUnit)
  orgUnit(@Root() staff: Staff, @Ctx() ctx: RequestContext) {
    return idLoader(ctx, OrgUnit).load(staff.orgUnitId);
  }

  @FieldResolver(() => Department)
  department(@Root() staff: Staff, @Ctx() ctx: RequestContext) {
    return idLoader(ctx, Department).load(staff.departmentId);
  }
}

import { Arg, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { GraphQLError } from 'graphql';
import { idLoader, PageInput, Paged, pageWindow, parseId, type RequestContext } from '@crm/kit';
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

@Resolver(() => Staff)
export class StaffResolver {
  @Query(() => Staff, { description: 'The signed-in staff member' })
  async me(@Ctx() ctx: RequestContext) {
    const me = await idLoader(ctx, Staff).load(parseId(ctx.user.sub, 'sub'));
    if (!me?.active) throw new GraphQLError('Your account is no longer active', { extensions: { code: 'UNAUTHENTICATED' } });
    return me;
  }

  @Query(() => StaffPage, { description: 'Staff of your unit and the units below it' })
  async staff(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => StaffFilter, { nullable: true }) filter?: StaffFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const w = pageWindow(page);
    let path = ctx.scope.path;
    if (filter?.orgUnitId) {
      const unit = await idLoader(ctx, OrgUnit).load(parseId(filter.orgUnitId, 'filter.orgUnitId'));
      // a unit outside the scope narrows to nothing rather than revealing whether it has staff
      path = unit && ctx.scope.contains(unit.path) ? unit.path : '/0/';
    }
    const search = filter?.search?.trim();
    const where = [`u.path like ?`, `s.active`];
    const params: unknown[] = [`${path}%`];
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
    return { items: rows.map((r: Record<string, unknown>) => ctx.em.map(Staff, r)), total: Number(total), page: w.page, pageSize: w.pageSize };
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

/** Directory lookup (name, position, unit) for other subgraphs, e.g. a customer's manager. */
export const resolveStaffReference = (ref: { id: string }, ctx: RequestContext) => idLoader(ctx, Staff).load(parseId(ref.id));

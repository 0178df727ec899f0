import { Arg, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { log, PageInput, Paged, Permit, pageWindow, parseId, StaffReference, type RequestContext } from '@crm/kit';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { customerLoader } from '../customer/customer.loader';
import { Customer } from '../customer/customer.entity';
import { OrgUnitReference } from '../org-unit/org-unit.reference';
import { CaseStatus, OPEN_STATUSES, ServiceCase } from './service-case.entity';
import { ServiceCaseEvent } from './service-case-event.entity';
import { OpenServiceCaseInput, ServiceCaseQueueFilter } from './service-case.input';
import {
  acknowledgeServiceCase,
  closeServiceCase,
  escalateOverdueServiceCases,
  escalateServiceCase,
  openServiceCase,
  resolveServiceCase,
  slaBreached,
} from './service-case.service';
import { caseEventsLoader, customerCasesLoader, serviceCaseLoader } from './service-case.loader';

@ObjectType()
export class ServiceCasePage extends Paged(ServiceCase) {}

const OPEN_SQL = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');
/**
 * The queue's one order, whatever statuses are asked for: open cases first, by SLA due (so the
 * breached ones lead: index service_case_queue), then resolved and closed ones, the most recently
 * finished first (index service_case_finished); the id keeps pages stable.
 */
const QUEUE_ORDER = () => ({
  [raw((a) => `(case when ${a}.status in (${OPEN_SQL}) then 0 else 1 end)`)]: 'asc' as const,
  [raw((a) => `(case when ${a}.status in (${OPEN_SQL}) then ${a}.sla_due_at end)`)]: 'asc' as const,
  [raw((a) => `coalesce(${a}.closed_at, ${a}.resolved_at)`)]: 'desc nulls last' as const,
  id: 'asc' as const,
});

/** "/1/2/3/" → 3: a unit's id is the last step of its path. */
const unitIdOfPath = (path: string) => Number(path.split('/').filter(Boolean).pop());

@Resolver(() => ServiceCase)
export class ServiceCaseResolver {
  @Permit('CUSTOMER_READ')
  @Query(() => ServiceCase, { nullable: true, description: 'One service case, if its customer is in your data scope' })
  serviceCase(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return serviceCaseLoader(ctx).load(parseId(id));
  }

  @Permit('CUSTOMER_READ')
  @Query(() => ServiceCasePage, {
    description:
      'Cases handled within your scope, most urgent first: open ones (earliest slaDueAt, so breached first) above resolved and closed ones (most recently finished first); open ones unless filtered by status',
  })
  async serviceCaseQueue(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ServiceCaseQueueFilter, { nullable: true }) filter?: ServiceCaseQueueFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<ServiceCasePage> {
    const w = pageWindow(page);
    let statuses: CaseStatus[] = filter?.status?.length ? filter.status : [...OPEN_STATUSES];
    if (filter?.breachedOnly) statuses = statuses.filter((s) => OPEN_STATUSES.includes(s)); // only open cases can be in breach
    const where: FilterQuery<ServiceCase> & Record<string, unknown> = {
      // handled here or below — and, belt and braces, about a customer the caller may see
      handlingOrgPath: ctx.scope.where(),
      customer: { homeOrgPath: ctx.scope.where() },
      status: { $in: statuses },
    };
    if (filter?.severity?.length) where.severity = { $in: filter.severity };
    if (filter?.breachedOnly) where.slaDueAt = { $lt: new Date() };
    const [items, total] = await ctx.em.findAndCount(ServiceCase, where, {
      orderBy: QUEUE_ORDER(),
      limit: w.limit,
      offset: w.offset,
    });
    return { items, total, page: w.page, pageSize: w.pageSize };
  }

  @Permit('CUSTOMER_READ', 'CASE_MANAGE')
  @Mutation(() => ServiceCase, {
    description: 'Opens a case about a customer in your scope; handled first by the customer’s home unit, SLA from severity',
  })
  openServiceCase(@Arg('input', () => OpenServiceCaseInput) input: OpenServiceCaseInput, @Ctx() ctx: RequestContext) {
    return openServiceCase(ctx, input);
  }

  @Permit('CUSTOMER_READ', 'CASE_MANAGE')
  @Mutation(() => ServiceCase, { description: 'OPEN → ACKNOWLEDGED' })
  acknowledgeServiceCase(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ) {
    return acknowledgeServiceCase(ctx, id, version, note);
  }

  @Permit('CUSTOMER_READ', 'CASE_MANAGE')
  @Mutation(() => ServiceCase, { description: 'To the parent unit of the current handler, with a fresh SLA window; not above head office' })
  escalateServiceCase(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return escalateServiceCase(ctx, id, version, reason);
  }

  @Permit('CUSTOMER_READ', 'CASE_MANAGE')
  @Mutation(() => ServiceCase, { description: 'OPEN or ACKNOWLEDGED → RESOLVED, with root cause and resolution' })
  resolveServiceCase(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('rootCause') rootCause: string,
    @Arg('resolution') resolution: string,
    @Ctx() ctx: RequestContext,
  ) {
    return resolveServiceCase(ctx, id, version, rootCause, resolution);
  }

  @Permit('CUSTOMER_READ', 'CASE_MANAGE')
  @Mutation(() => ServiceCase, { description: 'RESOLVED → CLOSED' })
  closeServiceCase(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ) {
    return closeServiceCase(ctx, id, version, note);
  }

  @Permit('CASE_ESCALATE_OVERDUE')
  @Mutation(() => Int, {
    description:
      'Escalates every open case handled within your scope whose SLA has passed, one step up; returns how many moved (also runs every minute inside the subgraph)',
  })
  async escalateOverdueServiceCases(@Ctx() ctx: RequestContext): Promise<number> {
    const { escalated, stuckAtHeadOffice } = await escalateOverdueServiceCases(ctx.em, ctx.scope.path);
    if (stuckAtHeadOffice)
      log.warn({ stuckAtHeadOffice, scope: ctx.scope.path }, 'service cases past their SLA at head office: nowhere higher to escalate');
    return escalated;
  }

  @FieldResolver(() => Customer, { description: 'The customer the case is about' })
  async customer(@Root() c: ServiceCase, @Ctx() ctx: RequestContext) {
    return customerLoader(ctx).load(c.customer.id);
  }

  @FieldResolver(() => Boolean, { description: 'Open (OPEN/ACKNOWLEDGED) and past slaDueAt' })
  slaBreached(@Root() c: ServiceCase) {
    return slaBreached(c);
  }

  @FieldResolver(() => OrgUnitReference, {
    description: 'The unit handling the case now: the customer’s home unit, or an ancestor after escalation',
  })
  handlingOrgUnit(@Root() c: ServiceCase) {
    return OrgUnitReference.of(c.handlingOrgUnitId);
  }

  @FieldResolver(() => Int)
  version(@Root() c: ServiceCase) {
    return c.version;
  }

  @FieldResolver(() => [ServiceCaseEvent], { description: 'Every recorded step, oldest first' })
  events(@Root() c: ServiceCase, @Ctx() ctx: RequestContext) {
    return caseEventsLoader(ctx).load(c.id);
  }
}

@Resolver(() => ServiceCaseEvent)
export class ServiceCaseEventResolver {
  @FieldResolver(() => StaffReference, { nullable: true, description: 'Who did it; null when the system did (escalation on SLA breach)' })
  by(@Root() e: ServiceCaseEvent) {
    return e.byStaffId == null ? null : StaffReference.of(e.byStaffId);
  }

  @FieldResolver(() => OrgUnitReference, { nullable: true, description: 'Handling unit before the step (null when opened)' })
  fromOrgUnit(@Root() e: ServiceCaseEvent) {
    return e.fromOrgPath ? OrgUnitReference.of(unitIdOfPath(e.fromOrgPath)) : null;
  }

  @FieldResolver(() => OrgUnitReference, { description: 'Handling unit after the step' })
  toOrgUnit(@Root() e: ServiceCaseEvent) {
    return OrgUnitReference.of(unitIdOfPath(e.toOrgPath));
  }
}

/** Customer.serviceCases lives with the cases: the customer feature stays unaware of them. */
@Resolver(() => Customer)
export class CustomerServiceCasesResolver {
  @FieldResolver(() => [ServiceCase], { description: 'The customer’s service cases, newest first' })
  serviceCases(
    @Root() customer: Customer,
    @Ctx() ctx: RequestContext,
    @Arg('status', () => [CaseStatus], { nullable: true }) status?: CaseStatus[],
  ) {
    return customerCasesLoader(ctx, status).load(customer.id);
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, parseId, type RequestContext } from '@crm/kit';
import { requireCustomer } from '../customer/customer.access';
import { CustomerStatus } from '../customer/customer.entity';
import { parentIdOf, parentPathOf } from '../org-unit/org-unit.view';
import { CaseSeverity, CaseStatus, OPEN_STATUSES, ServiceCase, SLA_HOURS, slaDueFrom } from './service-case.entity';
import { CaseAction, ServiceCaseEvent } from './service-case-event.entity';
import { serviceCaseLoader } from './service-case.loader';
import type { OpenServiceCaseInput } from './service-case.input';

export const slaBreached = (c: Pick<ServiceCase, 'status' | 'slaDueAt'>, now = new Date()) =>
  OPEN_STATUSES.includes(c.status) && now.getTime() > c.slaDueAt.getTime();

const staffIdOf = (ctx: RequestContext) => parseId(ctx.user.sub, 'sub');

/** Case numbers read well on the phone with the customer: SC + year/month opened (Beijing) + sequence. */
async function nextCaseNo(em: EntityManager): Promise<string> {
  const [row] = await em.getConnection().execute<{ case_no: string }[]>(
    `select 'SC' || to_char(now() at time zone 'Asia/Shanghai', 'YYYYMM') || lpad(n::text, greatest(7, length(n::text)), '0') as case_no
       from nextval('customers.service_case_no_seq') as n`,
  );
  return row.case_no;
}

export async function openServiceCase(ctx: RequestContext, input: OpenServiceCaseInput): Promise<ServiceCase> {
  const customer = await requireCustomer(ctx, input.customerId);
  if (customer.status === CustomerStatus.MERGED) {
    throw new BadUserInputError(`Customer ${customer.customerNo} was merged into another record; open the case on that one`, 'customerId');
  }
  const now = new Date();
  const c = ctx.em.create(ServiceCase, {
    caseNo: await nextCaseNo(ctx.em),
    customer,
    category: input.category,
    severity: input.severity,
    title: input.title.trim(),
    description: input.description.trim(),
    status: CaseStatus.OPEN,
    openedAt: now,
    slaDueAt: slaDueFrom(now, input.severity),
    // handled first by the customer's home unit
    handlingOrgUnitId: customer.homeOrgUnitId,
    handlingOrgPath: customer.homeOrgPath,
    escalationLevel: 0,
    openedByStaffId: staffIdOf(ctx),
  } as never);
  record(ctx, c, CaseAction.OPENED, { fromStatus: null, fromOrgPath: null, at: now });
  await ctx.em.flush(); // one transaction: the case and its OPENED event
  return c;
}

/** Which statuses each step may start from (the lifecycle OPEN → ACKNOWLEDGED → RESOLVED → CLOSED). */
const ALLOWED_FROM: Record<'acknowledge' | 'escalate' | 'resolve' | 'close', readonly CaseStatus[]> = {
  acknowledge: [CaseStatus.OPEN],
  escalate: OPEN_STATUSES,
  resolve: OPEN_STATUSES,
  close: [CaseStatus.RESOLVED],
};

/**
 * The case a lifecycle step acts on: visible (else NOT_FOUND), handled within the caller's scope (an
 * outlet cannot act on a case its branch now handles: FORBIDDEN), at the version the caller saw
 * (else CONFLICT), and in a status the step may start from (else BAD_USER_INPUT on `status`).
 */
async function caseToActOn(ctx: RequestContext, id: string, version: number, step: keyof typeof ALLOWED_FROM): Promise<ServiceCase> {
  const c = await serviceCaseLoader(ctx).load(parseId(id));
  if (!c) throw new NotFoundError('Service case');
  if (!ctx.scope.contains(c.handlingOrgPath)) {
    throw new ForbiddenError(
      `Service case ${c.caseNo} is now handled by a unit above yours; only that unit (or one above it) can act on it`,
    );
  }
  if (c.version !== version) throw new ConflictError();
  const allowed = ALLOWED_FROM[step];
  if (!allowed.includes(c.status)) {
    throw new BadUserInputError(
      `Cannot ${step} service case ${c.caseNo}: its status is ${c.status}; allowed from ${allowed.join(' or ')}`,
      'status',
    );
  }
  return c;
}

function record(
  ctx: RequestContext,
  c: ServiceCase,
  action: CaseAction,
  opts: { fromStatus?: CaseStatus | null; fromOrgPath?: string | null; note?: string | null; at?: Date } = {},
) {
  const em = ctx.em;
  em.persist(
    em.create(ServiceCaseEvent, {
      serviceCase: c,
      at: opts.at ?? new Date(),
      action,
      byStaffId: staffIdOf(ctx),
      fromStatus: opts.fromStatus === undefined ? c.status : opts.fromStatus,
      toStatus: c.status,
      fromOrgPath: opts.fromOrgPath === undefined ? c.handlingOrgPath : opts.fromOrgPath,
      toOrgPath: c.handlingOrgPath,
      note: opts.note?.trim() || null,
    } as never),
  );
}

function optionalNote(note: string | null | undefined, field: string): string | null {
  if (note != null && note.length > 2000) throw new BadUserInputError(`${field} must be at most 2000 characters`, field);
  return note?.trim() || null;
}

function requiredText(value: string | null | undefined, field: string): string {
  const v = value?.trim();
  if (!v) throw new BadUserInputError(`${field} is required`, field);
  if (v.length > 2000) throw new BadUserInputError(`${field} must be at most 2000 characters`, field);
  return v;
}

/** Applies a step: the case changes and one event is appended, in one flush (one transaction, version-checked). */
async function step(
  ctx: RequestContext,
  c: ServiceCase,
  action: CaseAction,
  change: () => void,
  note: string | null,
): Promise<ServiceCase> {
  const fromStatus = c.status;
  const fromOrgPath = c.handlingOrgPath;
  change();
  record(ctx, c, action, { fromStatus, fromOrgPath, note });
  await ctx.em.flush(); // update … where version = ? → CONFLICT if someone got there first
  return c;
}

export async function acknowledgeServiceCase(ctx: RequestContext, id: string, version: number, note?: string | null) {
  const text = optionalNote(note, 'note');
  const c = await caseToActOn(ctx, id, version, 'acknowledge');
  return step(
    ctx,
    c,
    CaseAction.ACKNOWLEDGED,
    () => {
      c.status = CaseStatus.ACKNOWLEDGED;
    },
    text,
  );
}

export async function resolveServiceCase(ctx: RequestContext, id: string, version: number, rootCause: string, resolution: string) {
  const cause = requiredText(rootCause, 'rootCause');
  const fix = requiredText(resolution, 'resolution');
  const c = await caseToActOn(ctx, id, version, 'resolve');
  return step(
    ctx,
    c,
    CaseAction.RESOLVED,
    () => {
      c.status = CaseStatus.RESOLVED;
      c.rootCause = cause;
      c.resolution = fix;
      c.resolvedAt = new Date();
    },
    null,
  );
}

export async function closeServiceCase(ctx: RequestContext, id: string, version: number, note?: string | null) {
  const text = optionalNote(note, 'note');
  const c = await caseToActOn(ctx, id, version, 'close');
  return step(
    ctx,
    c,
    CaseAction.CLOSED,
    () => {
      c.status = CaseStatus.CLOSED;
      c.closedAt = new Date();
    },
    text,
  );
}

/** By hand: to the parent of the current handler, with a fresh SLA window; the status stays. */
export async function escalateServiceCase(ctx: RequestContext, id: string, version: number, reason: string) {
  const why = requiredText(reason, 'reason');
  const c = await caseToActOn(ctx, id, version, 'escalate');
  const parentPath = parentPathOf(c.handlingOrgPath);
  const parentId = parentIdOf(c.handlingOrgPath);
  if (!parentPath || parentId == null) {
    throw new BadUserInputError(`Service case ${c.caseNo} is already handled by head office; it cannot be escalated further`, 'id');
  }
  return step(
    ctx,
    c,
    CaseAction.ESCALATED,
    () => {
      c.handlingOrgPath = parentPath;
      c.handlingOrgUnitId = parentId;
      c.escalationLevel += 1;
      c.slaDueAt = slaDueFrom(new Date(), c.severity as CaseSeverity);
    },
    why,
  );
}

/**
 * Escalation on SLA breach, set-based: ONE statement locks the breached open cases handled within
 * `scopePath` (skipping rows another replica or a user is changing right now), moves each one step up
 * with a fresh SLA window (and a version bump, so a user's stale edit gets CONFLICT), and appends their
 * ESCALATED events by the system (by_staff_id null). A case already at head office cannot go higher:
 * it stays and is counted in `stuckAtHeadOffice`. Running it twice in a row moves nothing the second
 * time (the fresh window is not yet breached), so replicas may all run it.
 */
export async function escalateOverdueServiceCases(
  em: EntityManager,
  scopePath = '/',
): Promise<{ escalated: number; stuckAtHeadOffice: number }> {
  const [row] = await em.getConnection().execute<{ escalated: number; stuck_at_head_office: number }[]>(
    `with due as (
       select id, status, handling_org_path as from_path, regexp_replace(handling_org_path, '[0-9]+/$', '') as to_path
         from customers.service_case
        where status in ('OPEN', 'ACKNOWLEDGED') and sla_due_at < now()
          and handling_org_path like ? and handling_org_path ~ '^/[0-9]+/[0-9]+/'
        for update skip locked
     ), moved as (
       update customers.service_case c
          set handling_org_path = d.to_path,
              handling_org_unit_id = substring(d.to_path from '([0-9]+)/$')::int,
              escalation_level = c.escalation_level + 1,
              sla_due_at = now() + make_interval(hours => (?::jsonb ->> c.severity)::int),
              updated_at = now(),
              version = c.version + 1
         from due d
        where c.id = d.id
       returning c.id, c.status, d.from_path, d.to_path
     ), events as (
       insert into customers.service_case_event (case_id, at, action, by_staff_id, from_status, to_status, from_org_path, to_org_path, note)
       select id, now(), 'ESCALATED', null, status, status, from_path, to_path, 'SLA breached' from moved
       returning case_id
     )
     select (select count(*) from events)::int as escalated,
            (select count(*) from customers.service_case
              where status in ('OPEN', 'ACKNOWLEDGED') and sla_due_at < now()
                and handling_org_path like ? and handling_org_path !~ '^/[0-9]+/[0-9]+/')::int as stuck_at_head_office`,
    [`${scopePath}%`, JSON.stringify(SLA_HOURS), `${scopePath}%`],
  );
  return { escalated: row.escalated, stuckAtHeadOffice: row.stuck_at_head_office };
}

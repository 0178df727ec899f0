import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  optionalText,
  pageWindow,
  parseId,
  pgArray,
  type PageInput,
  type RequestContext,
} from '@crm/kit';
import { CustomerManager } from '../customer-manager/customer-manager.entity';
import { PortfolioTransfer } from './portfolio-assignment.entity';
import { AssignmentReason, PortfolioTransferStatus } from './portfolio-assignment.enums';
import {
  MAX_NOTE,
  type AssignCustomersInput,
  type TransferPortfolioInput,
  type UpdateCustomerManagerInput,
} from './portfolio-assignment.input';
import type { ReassignmentResult } from './portfolio-assignment.types';

/**
 * Maker-checker (DESIGN.md: a bulk reassignment needs a second person): a move of MORE than this many
 * customers is a request another leader approves. 50 is a working week of handover calls for one
 * manager and about a tenth of a full-time portfolio (capacity 300–800): below it, the day-to-day
 * rebalancing a leader decides alone (a customer's request, a small part-time portfolio); above it, a
 * change in who serves a real part of a unit's customers, which a second leader should see first.
 * It applies to a whole portfolio and to a selection alike (counting only the customers who would
 * change manager), so splitting a portfolio into selections is not a way around it below 500.
 */
export const MAKER_CHECKER_THRESHOLD = 50;

export const SELF_APPROVAL_MESSAGE = 'A portfolio transfer must be approved by a leader other than the one who requested it';
const CONCURRENT_CHANGE = 'Another change to these customers’ managers came first; reload and try again';

/** NOT_FOUND naming the argument. Outside the scope answers exactly like an id that does not exist. */
function notFound(what: string, field: string): NotFoundError {
  const error = new NotFoundError(what);
  (error.extensions as Record<string, unknown>).field = field;
  return error;
}

/**
 * The unique index is the guard against two primary managers: a request that loses the race gets a
 * unique violation (or, moving several customers in another order, a deadlock) — CONFLICT, never a 500.
 */
async function conflictsAsConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    const { code, constraint } = e as { code?: string; constraint?: string };
    if (code === '23505' && constraint === 'portfolio_transfer_one_pending') {
      throw new ConflictError('A transfer of this portfolio already awaits approval');
    }
    if (code === '23505' || code === '40P01') throw new ConflictError(CONCURRENT_CHANGE);
    throw e;
  }
}

/**
 * An active manager of the caller's scope who is to receive customers, locked FOR SHARE: a concurrent
 * deactivation waits for this move (and then sees the customers it keeps) instead of slipping past it.
 */
async function receivingManager(tx: EntityManager, ctx: RequestContext, idArg: string, field: string): Promise<CustomerManager> {
  const id = parseId(idArg, field);
  const manager = await tx.findOne(CustomerManager, { id, orgPath: ctx.scope.where() }, { lockMode: LockMode.PESSIMISTIC_READ });
  if (!manager) throw notFound('Customer manager', field);
  if (!manager.active) throw new BadUserInputError(`${field}: this manager is no longer active`, field);
  return manager;
}

/** The deepest unit path that is a prefix of every path ('/1/2/3/4/' and '/1/2/3/5/' → '/1/2/3/'). */
export function commonPath(paths: readonly string[]): string {
  let prefix = paths[0] ?? '/';
  for (const p of paths) {
    let i = 0;
    while (i < prefix.length && i < p.length && prefix[i] === p[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix.slice(0, prefix.lastIndexOf('/') + 1) || '/';
}

/** Which customers a move is about: `select customer_id, home_org_path …` with its parameters. */
interface Picked {
  sql: string;
  params: unknown[];
  /** a whole portfolio: only the customers this manager still keeps move */
  fromManagerId?: number;
}

/** Selected customers under `path`, neither closed nor merged. */
const selection = (customerIds: readonly number[], path: string): Picked => ({
  sql: `select c.id as customer_id, c.home_org_path from customers_api.customer c
        where c.id = any(?::int[]) and c.home_org_path like ? and c.status not in ('CLOSED', 'MERGED')`,
  params: [pgArray(customerIds), `${path}%`],
});

/**
 * Every customer a manager keeps whose home is under `path` — closed ones too: they count in the
 * portfolio, and a manager who leaves must leave none behind.
 */
const portfolio = (managerId: number, path: string): Picked => ({
  sql: `select c.id as customer_id, c.home_org_path from managers.portfolio_assignment a
        join customers_api.customer c on c.id = a.customer_id
        where a.manager_id = ? and a.ended_at is null and c.home_org_path like ?`,
  params: [managerId, `${path}%`],
  fromManagerId: managerId,
});

interface MoveMeta {
  reason: AssignmentReason;
  note: string | null;
  /** the leader who decided the move (the maker, for an approved transfer) */
  by: number;
  transferId: number | null;
}

/**
 * THE move, ONE statement whatever the number of customers: lock the picked customers' open
 * assignments (in customer order, so two moves cannot deadlock on them), end those with another
 * manager, open the new ones. Every period ends at the moment the next one starts — one clock reading
 * taken after the statement's snapshot, so it is later than any period this statement can see.
 *
 * A customer whose open assignment another request ended meanwhile is skipped by the lock (for a whole
 * portfolio: they are no longer its customer) or meets that request's new row in the unique index: a
 * unique violation, which the caller turns into CONFLICT. Two open rows are impossible either way.
 */
async function moveCustomers(tx: EntityManager, picked: Picked, toManagerId: number, meta: MoveMeta) {
  const whole = picked.fromManagerId != null;
  const sql = `
    with clock as materialized (select clock_timestamp() as moment),
    picked as materialized (${picked.sql}),
    open as materialized (
      select a.id, a.customer_id, a.manager_id from managers.portfolio_assignment a
      where a.ended_at is null and a.customer_id in (select customer_id from picked)
      order by a.customer_id
      for update of a
    ),
    moving as materialized (
      select p.customer_id, p.home_org_path, o.id as open_id
      from picked p ${whole ? 'join open o on o.customer_id = p.customer_id and o.manager_id = ?' : 'left join open o on o.customer_id = p.customer_id'}
      where o.manager_id is distinct from ?
    ),
    ended as (
      update managers.portfolio_assignment a set ended_at = (select moment from clock), ended_by_staff_id = ?
      from moving m where a.id = m.open_id
      returning a.customer_id
    ),
    opened as (
      insert into managers.portfolio_assignment
        (customer_id, customer_org_path, manager_id, started_at, reason, handover_note, assigned_by_staff_id, transfer_id)
      select m.customer_id, m.home_org_path, ?, (select moment from clock), ?, ?, ?, ?
      from moving m left join ended e on e.customer_id = m.customer_id
      -- reading "ended" here makes each customer's old period end before the new one is inserted
      where m.open_id is null or e.customer_id is not null
      returning customer_id
    )
    select (select count(*) from picked)::int as picked, (select count(*) from opened)::int as assigned`;
  const params = [
    ...picked.params,
    ...(whole ? [picked.fromManagerId] : []),
    toManagerId,
    meta.by,
    toManagerId,
    meta.reason,
    meta.note,
    meta.by,
    meta.transferId,
  ];
  const [row] = await tx.execute<{ picked: number; assigned: number }[]>(sql, params);
  return row!;
}

/**
 * Assigns or reassigns one customer or a selection to a manager. Every customer must be in the
 * caller's scope and open (one outside the scope is NOT_FOUND like one that does not exist, without
 * saying which); customers who already have the manager are left as they are and counted. More than
 * MAKER_CHECKER_THRESHOLD customers changing manager: a PENDING transfer for a second leader instead.
 */
export async function assignCustomers(ctx: RequestContext, input: AssignCustomersInput): Promise<ReassignmentResult> {
  const ids = input.customerIds.map((id) => parseId(id, 'customerIds'));
  if (new Set(ids).size !== ids.length) throw new BadUserInputError('customerIds must not name a customer twice', 'customerIds');
  const note = optionalText(input.handoverNote, 'handoverNote', MAX_NOTE);
  const by = parseId(ctx.user.sub, 'sub');
  return conflictsAsConflict(() =>
    ctx.em.transactional(async (tx) => {
      const manager = await receivingManager(tx, ctx, input.managerId, 'managerId');
      const scope = ctx.scope.sql('c.home_org_path');
      const rows = await tx.execute<{ id: number; home_org_path: string; status: string; manager_id: number | null }[]>(
        `select c.id, c.home_org_path, c.status, a.manager_id
         from customers_api.customer c
         left join managers.portfolio_assignment a on a.customer_id = c.id and a.ended_at is null
         where c.id = any(?::int[]) and ${scope.sql}`,
        [pgArray(ids), scope.param],
      );
      if (rows.length !== ids.length) throw notFound('Customer', 'customerIds');
      const closed = rows.find((r) => r.status === 'CLOSED' || r.status === 'MERGED');
      if (closed) {
        throw new BadUserInputError(
          `customerIds: customer ${closed.id} is ${closed.status.toLowerCase()}; only open customers get a manager`,
          'customerIds',
        );
      }
      const moving = rows.filter((r) => r.manager_id !== manager.id);
      if (moving.length > MAKER_CHECKER_THRESHOLD) {
        const transfer = tx.create(PortfolioTransfer, {
          customerIds: moving.map((r) => r.id),
          toManagerId: manager.id,
          orgPath: commonPath([manager.orgPath, ...moving.map((r) => r.home_org_path)]),
          reason: input.reason,
          handoverNote: note,
          customerCount: moving.length,
          requestedByStaffId: by,
        });
        await tx.flush();
        return { assigned: 0, unchanged: rows.length - moving.length, manager, transfer };
      }
      const moved = moving.length
        ? await moveCustomers(tx, selection(ids, ctx.scope.path), manager.id, { reason: input.reason, note, by, transferId: null })
        : { assigned: 0 };
      return { assigned: moved.assigned, unchanged: rows.length - moved.assigned, manager, transfer: null };
    }),
  );
}

/**
 * A whole portfolio (a manager leaves): every customer `fromManagerId` keeps in the caller's scope
 * goes to `toManagerId`. Up to MAKER_CHECKER_THRESHOLD customers at once; more: a PENDING transfer
 * (one per portfolio at a time) that moves them when a second leader approves.
 */
export async function transferPortfolio(ctx: RequestContext, input: TransferPortfolioInput): Promise<ReassignmentResult> {
  const fromId = parseId(input.fromManagerId, 'fromManagerId');
  const note = optionalText(input.handoverNote, 'handoverNote', MAX_NOTE);
  const by = parseId(ctx.user.sub, 'sub');
  return conflictsAsConflict(() =>
    ctx.em.transactional(async (tx) => {
      const from = await tx.findOne(CustomerManager, { id: fromId, orgPath: ctx.scope.where() });
      if (!from) throw notFound('Customer manager', 'fromManagerId');
      const to = await receivingManager(tx, ctx, input.toManagerId, 'toManagerId');
      if (to.id === from.id) throw new BadUserInputError('toManagerId must be another manager than fromManagerId', 'toManagerId');
      const scope = ctx.scope.sql('c.home_org_path');
      const [size] = await tx.execute<{ n: number; lo: string | null; hi: string | null }[]>(
        `select count(*)::int as n, min(c.home_org_path collate "C") as lo, max(c.home_org_path collate "C") as hi
         from managers.portfolio_assignment a join customers_api.customer c on c.id = a.customer_id
         where a.manager_id = ? and a.ended_at is null and ${scope.sql}`,
        [from.id, scope.param],
      );
      if (!size?.n) throw new BadUserInputError('fromManagerId: this manager keeps no customers in your scope', 'fromManagerId');
      if (size.n > MAKER_CHECKER_THRESHOLD) {
        const transfer = tx.create(PortfolioTransfer, {
          fromManagerId: from.id,
          toManagerId: to.id,
          // min and max (bytewise) share the prefix every path between them shares
          orgPath: commonPath([from.orgPath, to.orgPath, size.lo!, size.hi!]),
          reason: input.reason,
          handoverNote: note,
          customerCount: size.n,
          requestedByStaffId: by,
        });
        await tx.flush();
        return { assigned: 0, unchanged: 0, manager: to, transfer };
      }
      const moved = await moveCustomers(tx, portfolio(from.id, ctx.scope.path), to.id, {
        reason: input.reason,
        note,
        by,
        transferId: null,
      });
      return { assigned: moved.assigned, unchanged: 0, manager: to, transfer: null };
    }),
  );
}

/** A transfer of the caller's scope (its org path under theirs), locked for a decision. */
async function transferToDecide(tx: EntityManager, ctx: RequestContext, idArg: string, version: number) {
  const transfer = await tx.findOne(
    PortfolioTransfer,
    { id: parseId(idArg), orgPath: ctx.scope.where() },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!transfer) throw new NotFoundError('Portfolio transfer');
  return {
    transfer,
    checkOpen: () => {
      if (transfer.version !== version) throw new ConflictError();
      if (transfer.status !== PortfolioTransferStatus.PENDING) {
        throw new BadUserInputError(`id: this transfer is already ${transfer.status.toLowerCase()}`, 'id');
      }
    },
  };
}

/**
 * The checker: a leader of the transfer's scope other than its maker (FORBIDDEN, whatever its state)
 * moves the customers — ONE set-based statement however many — and records the decision, in one
 * transaction. A stale version is CONFLICT; a receiving manager who has since left is refused.
 */
export async function approvePortfolioTransfer(ctx: RequestContext, idArg: string, version: number): Promise<PortfolioTransfer> {
  const checker = parseId(ctx.user.sub, 'sub');
  return conflictsAsConflict(() =>
    ctx.em.transactional(async (tx) => {
      const { transfer, checkOpen } = await transferToDecide(tx, ctx, idArg, version);
      if (transfer.requestedByStaffId === checker) throw new ForbiddenError(SELF_APPROVAL_MESSAGE);
      checkOpen();
      const to = await tx.findOne(CustomerManager, { id: transfer.toManagerId }, { lockMode: LockMode.PESSIMISTIC_READ });
      if (!to?.active) throw new BadUserInputError('id: the receiving manager is no longer active; reject this transfer', 'id');
      const picked =
        transfer.fromManagerId != null
          ? portfolio(transfer.fromManagerId, transfer.orgPath)
          : selection(transfer.customerIds ?? [], transfer.orgPath);
      const moved = await moveCustomers(tx, picked, transfer.toManagerId, {
        reason: transfer.reason,
        note: transfer.handoverNote ?? null,
        by: transfer.requestedByStaffId,
        transferId: transfer.id,
      });
      transfer.status = PortfolioTransferStatus.APPROVED;
      transfer.decidedByStaffId = checker;
      transfer.decidedAt = new Date();
      transfer.movedCount = moved.assigned;
      await tx.flush();
      return transfer;
    }),
  );
}

/** A leader of the transfer's scope turns it down, or its maker withdraws it: nothing moves. */
export async function rejectPortfolioTransfer(
  ctx: RequestContext,
  idArg: string,
  version: number,
  noteArg?: string | null,
): Promise<PortfolioTransfer> {
  const note = optionalText(noteArg, 'note', MAX_NOTE);
  const checker = parseId(ctx.user.sub, 'sub');
  return ctx.em.transactional(async (tx) => {
    const { transfer, checkOpen } = await transferToDecide(tx, ctx, idArg, version);
    checkOpen();
    transfer.status = PortfolioTransferStatus.REJECTED;
    transfer.decidedByStaffId = checker;
    transfer.decidedAt = new Date();
    transfer.decisionNote = note;
    await tx.flush();
    return transfer;
  });
}

/** Transfers of the caller's scope, newest first. Two statements whatever the page size. */
export async function listPortfolioTransfers(ctx: RequestContext, status?: PortfolioTransferStatus | null, page?: PageInput | null) {
  const w = pageWindow(page);
  const [items, total] = await ctx.em.findAndCount(
    PortfolioTransfer,
    { orgPath: ctx.scope.where(), ...(status ? { status } : {}) },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: w.limit, offset: w.offset },
  );
  return { items, total, page: w.page, pageSize: w.pageSize };
}

/**
 * Edits a manager of the caller's scope at `version` (stale: CONFLICT). Deactivating is refused while
 * the manager keeps customers or a pending transfer would give them some: transfer the portfolio
 * first. The row is locked, so an assignment running now either finishes first (and is counted) or
 * waits and then finds the manager inactive.
 */
export async function updateCustomerManager(
  ctx: RequestContext,
  idArg: string,
  version: number,
  input: UpdateCustomerManagerInput,
): Promise<CustomerManager> {
  const id = parseId(idArg);
  return ctx.em.transactional(async (tx) => {
    const manager = await tx.findOne(CustomerManager, { id, orgPath: ctx.scope.where() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!manager) throw new NotFoundError('Customer manager');
    if (manager.version !== version) throw new ConflictError();
    if (input.active === false && manager.active) {
      const [held] = await tx.execute<{ customers: number; incoming: number }[]>(
        `select (select count(*) from managers.portfolio_assignment where manager_id = ? and ended_at is null)::int as customers,
                (select count(*) from managers.portfolio_transfer where to_manager_id = ? and status = 'PENDING')::int as incoming`,
        [id, id],
      );
      if (held!.customers > 0) {
        throw new BadUserInputError(
          `active: the manager still keeps ${held!.customers} customers; transfer the portfolio before deactivating`,
          'active',
        );
      }
      if (held!.incoming > 0) {
        throw new BadUserInputError('active: a pending transfer would give this manager customers; reject it first', 'active');
      }
    }
    if (input.grade != null) manager.grade = input.grade;
    if (input.employment != null) manager.employment = input.employment;
    if (input.specialty != null) manager.specialty = input.specialty;
    if (input.capacity != null) manager.capacity = input.capacity;
    if (input.active != null) manager.active = input.active;
    await tx.flush(); // versioned UPDATE
    return manager;
  });
}

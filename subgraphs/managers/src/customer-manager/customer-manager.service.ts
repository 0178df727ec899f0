import { NotFoundError, pageWindow, parseId, type PageInput, type RequestContext } from '@crm/kit';
import { CustomerManager } from './customer-manager.entity';
import { managerInScopeLoader } from './customer-manager.loader';

export interface ManagerListFilter {
  /** only this unit and the units below it (outside the caller's scope: an empty list) */
  orgUnitId?: string | null;
  activeOnly?: boolean;
}

/** The path of a unit, from the published directory (null when it does not exist). */
export async function orgUnitPath(ctx: RequestContext, orgUnitId: string): Promise<string | null> {
  const [row] = await ctx.em
    .getConnection()
    .execute<{ path: string }[]>(`select path from org_hierarchy_api.org_unit where id = ?`, [parseId(orgUnitId, 'orgUnitId')]);
  return row?.path ?? null;
}

/** Managers in the caller's scope, by unit then id. Two statements whatever the page size (three with a unit). */
export async function listManagers(ctx: RequestContext, filter: ManagerListFilter, page?: PageInput | null) {
  const w = pageWindow(page);
  const unitPath = filter.orgUnitId ? await orgUnitPath(ctx, filter.orgUnitId) : null;
  if (filter.orgUnitId && !unitPath) throw new NotFoundError('Org unit');
  const where = {
    $and: [{ orgPath: ctx.scope.where() }, ...(unitPath ? [{ orgPath: { $like: `${unitPath}%` } }] : [])],
    ...(filter.activeOnly ? { active: true } : {}),
  };
  const [items, total] = await ctx.em.findAndCount(CustomerManager, where, {
    orderBy: { orgPath: 'asc', id: 'asc' },
    limit: w.limit,
    offset: w.offset,
  });
  return { items, total, page: w.page, pageSize: w.pageSize };
}

/** One manager in scope, or NOT_FOUND (outside the scope answers like a manager that does not exist). */
export async function getManager(ctx: RequestContext, id: string | number): Promise<CustomerManager> {
  const manager = await managerInScopeLoader(ctx).load(parseId(id));
  if (!manager) throw new NotFoundError('Customer manager');
  return manager;
}

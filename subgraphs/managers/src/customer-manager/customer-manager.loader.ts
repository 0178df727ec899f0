import { byKeys, idLoader, pgArray, type RequestContext } from '@crm/kit';
import { CustomerManager } from './customer-manager.entity';

/** Managers by staff id within the caller's scope (their unit's path): outside it, null. */
export const managerInScopeLoader = (ctx: RequestContext) =>
  idLoader(ctx, CustomerManager, { orgPath: ctx.scope.where() }, 'managers.CustomerManagerInScope');

/**
 * Managers by staff id whatever their unit: only for a manager reached through a customer the
 * caller may see (a customer of the outlet may be kept by a manager of its sub-branch).
 */
export const managerLoader = (ctx: RequestContext) => idLoader(ctx, CustomerManager, undefined, 'managers.CustomerManager');

/** How many customers each manager keeps now: one grouped query per batch. */
export const portfolioSizeLoader = (ctx: RequestContext) =>
  ctx.loaders.get<number, number>('managers.PortfolioSize', async (ids) => {
    const rows = await ctx.em.getConnection().execute<{ manager_id: number; n: number }[]>(
      `select manager_id, count(*)::int as n from managers.portfolio_assignment
         where ended_at is null and manager_id = any(?::int[]) group by manager_id`,
      [pgArray(ids)],
    );
    return byKeys(ids, rows, (r) => r.manager_id).map((r) => r?.n ?? 0);
  });

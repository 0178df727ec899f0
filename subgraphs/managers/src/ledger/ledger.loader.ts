import { pageWindow, type PageInput, type RequestContext } from '@crm/kit';
import type { LedgerSort, SortDirection } from './ledger.enums';
import type { CheckedLedgerFilter } from './ledger.input';
import { bankToday, ledgerRows, ledgerSummaries, trendMonths } from './ledger.service';
import type { LedgerPage, LedgerSummary } from './ledger.types';

/**
 * A page of the ledger of every manager of a batch (a list of managers each with its ledger): one
 * statement per batch. The filter, order and page key the loader, so fields asking for different
 * pages never share a batch. Callers pass managers already found in the caller's scope.
 */
export const ledgerPageLoader = (
  ctx: RequestContext,
  filter: CheckedLedgerFilter,
  sort: LedgerSort,
  direction: SortDirection,
  page?: PageInput | null,
) => {
  const w = pageWindow(page);
  const key = `managers.LedgerPage#${JSON.stringify([filter, sort, direction, w.page, w.pageSize])}`;
  return ctx.loaders.get<number, LedgerPage>(key, async (managerIds) => {
    const today = bankToday();
    const ledgers = await ledgerRows(ctx.em, ctx.scope, managerIds, { filter, sort, direction, page: w }, today);
    const months = trendMonths(today);
    return managerIds.map((id) => {
      const l = ledgers.get(id)!;
      return { items: l.rows, total: l.total, page: w.page, pageSize: w.pageSize, trendMonths: months };
    });
  });
};

/** Each manager's ledger summary: one statement per batch. */
export const ledgerSummaryLoader = (ctx: RequestContext) =>
  ctx.loaders.get<number, LedgerSummary>('managers.LedgerSummary', async (managerIds) => {
    const summaries = await ledgerSummaries(ctx.em, ctx.scope, managerIds);
    return managerIds.map((id) => summaries.get(id)!);
  });

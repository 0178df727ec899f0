import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { NotFoundError, PageInput, Permit, type RequestContext } from '@crm/kit';
import { CustomerManager } from '../customer-manager/customer-manager.entity';
import { managerInScopeLoader } from '../customer-manager/customer-manager.loader';
import { LedgerSort, SortDirection } from './ledger.enums';
import { exportLedger, MAX_LEDGER_EXPORT_ROWS } from './ledger-export.service';
import { checkLedgerFilter, LedgerFilter } from './ledger.input';
import { ledgerPageLoader, ledgerSummaryLoader } from './ledger.loader';
import { ledgerOrder } from './ledger.service';
import { LedgerExport, LedgerPage, LedgerSummary } from './ledger.types';

/**
 * The manager's ledger (台账). A manager may be reached by a path that does not check the caller's
 * scope (Customer.manager shows a sub-branch manager to an outlet), so each field checks it again
 * through the same per-request loader — free when the manager was just found by it.
 */
async function inScope(ctx: RequestContext, manager: CustomerManager): Promise<CustomerManager> {
  const found = await managerInScopeLoader(ctx).load(manager.id);
  if (!found) throw new NotFoundError('Customer manager');
  return found;
}

@Resolver(() => CustomerManager)
export class LedgerResolver {
  @Permit('MANAGER_READ', 'CUSTOMER_READ')
  @FieldResolver(() => LedgerPage, {
    description:
      'The ledger (台账): the customers of the manager’s current portfolio that are in your scope, with balances, 12-month trends, ' +
      'maturities, products, last contact and next step; sorted, filtered and paged on the server (default: DEPOSITS, its natural direction)',
  })
  async ledger(
    @Root() manager: CustomerManager,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => LedgerFilter, { nullable: true }) filter?: LedgerFilter | null,
    @Arg('sort', () => LedgerSort, { nullable: true }) sort?: LedgerSort | null,
    @Arg('direction', () => SortDirection, { nullable: true, description: 'default: the sort key’s natural direction' })
    direction?: SortDirection | null,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput | null,
  ): Promise<LedgerPage> {
    const checked = checkLedgerFilter(filter);
    const order = ledgerOrder(sort, direction);
    const m = await inScope(ctx, manager);
    return (await ledgerPageLoader(ctx, checked, order.sort, order.direction, page).load(m.id))!;
  }

  @Permit('MANAGER_READ', 'CUSTOMER_READ')
  @FieldResolver(() => LedgerSummary, { description: 'The whole ledger in figures (the portfolio’s customers in your scope)' })
  async ledgerSummary(@Root() manager: CustomerManager, @Ctx() ctx: RequestContext): Promise<LedgerSummary> {
    const m = await inScope(ctx, manager);
    return (await ledgerSummaryLoader(ctx).load(m.id))!;
  }

  @Permit('MANAGER_READ', 'CUSTOMER_READ', 'CUSTOMER_EXPORT')
  @Mutation(() => LedgerExport, {
    description:
      `A manager’s ledger as CSV, filtered as on screen, by customer number (at most ${MAX_LEDGER_EXPORT_ROWS.toLocaleString('en')} rows); ` +
      'recorded in the ledger export log; cells a spreadsheet would run as a formula start with a quote',
  })
  exportLedger(
    @Arg('managerId', () => ID) managerId: string,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => LedgerFilter, { nullable: true }) filter?: LedgerFilter | null,
  ) {
    return exportLedger(ctx, managerId, filter);
  }
}

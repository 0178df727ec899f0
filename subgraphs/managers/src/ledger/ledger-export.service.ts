import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, parseId, spreadsheetSafe, type RequestContext } from '@crm/kit';
import { getManager } from '../customer-manager/customer-manager.service';
import { LedgerSort, SortDirection } from './ledger.enums';
import { checkLedgerFilter, type LedgerFilter } from './ledger.input';
import { bankToday, ledgerRows } from './ledger.service';
import type { LedgerExport, LedgerRow } from './ledger.types';

/**
 * A ledger is one manager's portfolio (capacity at most 5,000), so the file is made while the caller
 * waits, in one transaction with its log entry — no job, no stored file (customers' export runs as a
 * job because a branch's list can be 50,000 customers). Above this many rows: narrow the filter.
 */
export const MAX_LEDGER_EXPORT_ROWS = 10_000;

const HEADER = [
  'customer_no',
  'tier',
  'deposit_balance',
  'loan_balance',
  'deposits_maturing_30d',
  'deposits_maturing_30d_amount',
  'first_deposit_maturity',
  'loans_due_30d',
  'loans_due_30d_amount',
  'first_loan_due',
  'products_held',
  'last_contact_at',
  'next_step',
  'next_step_due',
  'churn_risk',
];

const money = (n: number) => n.toFixed(2);

/** RFC 4180: a cell with a quote, comma or line break is quoted, its quotes doubled. */
const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** UTF-8 with a BOM, so spreadsheet programs read the Chinese words (as customers' export). */
const toCsv = (records: string[][]) => `\ufeff${records.map((cells) => cells.map(csvCell).join(',')).join('\n')}\n`;

function cells(r: LedgerRow): unknown[] {
  return [
    r.customerNo,
    r.tier,
    money(r.depositBalance),
    money(r.loanBalance),
    r.maturingDeposits.count,
    money(r.maturingDeposits.amount),
    r.maturingDeposits.firstDate,
    r.loansDue.count,
    money(r.loansDue.amount),
    r.loansDue.firstDate,
    r.productsHeld.join(' '),
    r.lastContactAt ? new Date(r.lastContactAt).toISOString() : null,
    r.nextStep, // free text a person wrote: spreadsheet-safe below, like every cell
    r.nextStepDue,
    r.churnRisk == null ? null : String(r.churnRisk),
  ];
}

/**
 * The ledger of a manager in the caller's scope (NOT_FOUND otherwise), the customers in the caller's
 * scope only, filtered as on screen, by customer number. The rows are read and the export is logged
 * (managers.ledger_export_log, append-only) in ONE transaction: never a file without its entry.
 */
export async function exportLedger(ctx: RequestContext, managerId: string, filter?: LedgerFilter | null): Promise<LedgerExport> {
  const id = parseId(managerId, 'managerId');
  const checked = checkLedgerFilter(filter); // a bad filter is answered before anything is read
  const manager = await getManager(ctx, id);
  const today = bankToday();
  return ctx.em.fork().transactional(async (tx: EntityManager) => {
    const ledger = (
      await ledgerRows(
        tx,
        ctx.scope,
        [manager.id],
        { filter: checked, sort: LedgerSort.CUSTOMER_NO, direction: SortDirection.ASC, page: null },
        today,
      )
    ).get(manager.id)!;
    if (ledger.total > MAX_LEDGER_EXPORT_ROWS) {
      // nothing leaves the bank, so nothing to log
      throw new BadUserInputError(
        `more than ${MAX_LEDGER_EXPORT_ROWS.toLocaleString('en')} customers match: narrow the filter and export in parts`,
        'filter',
      );
    }
    await tx.execute(
      `insert into managers.ledger_export_log (staff_id, staff_username, org_unit_id, org_path, manager_id, filter, row_count)
       values (?, ?, ?, ?, ?, ?::jsonb, ?)`,
      [
        Number(ctx.user.sub),
        ctx.user.username,
        Number(ctx.user.orgUnitId),
        ctx.user.orgPath,
        manager.id,
        JSON.stringify(checked),
        ledger.rows.length,
      ],
    );
    const csv = toCsv([HEADER, ...ledger.rows.map((r) => cells(r).map(spreadsheetSafe))]);
    return {
      filename: `ledger-${manager.id}-${today.replace(/-/g, '')}.csv`,
      contentType: 'text/csv; charset=utf-8',
      rows: ledger.rows.length,
      csv,
    };
  });
}

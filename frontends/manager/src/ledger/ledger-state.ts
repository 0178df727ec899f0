import { PAGE_SIZES, closedSet, tierOrders, type TierCode } from '@crm/ui-kit';
import type { LedgerFilter, LedgerSort, SortDirection } from './ledger.queries';

/**
 * What the ledger shows — filters, order, page — as one value that lives in the URL's query string,
 * so a reload, Back from a customer's 360 or a link shows the same ledger. Anything in the URL that
 * is not a value the API takes is dropped (a hand-typed link never reaches the server as a bad request).
 */
export interface LedgerState {
  tiers: TierCode[];
  churnRiskOnly: boolean;
  /** a time deposit maturing or a loan falling due within this many days */
  maturingWithinDays: number | null;
  /** not contacted for at least this many days */
  notContactedForDays: number | null;
  /** the latest contact's next step has fallen due */
  nextStepDue: boolean;
  sort: LedgerSort;
  direction: SortDirection;
  page: number;
  pageSize: number;
}

export const SORTS = closedSet<LedgerSort>()(['DEPOSITS', 'LOANS', 'TIER', 'LAST_CONTACT', 'MATURING', 'CUSTOMER_NO']);
/** Each key's natural direction, as the subgraph's default (ledger.enums.ts): amounts, ranks, contacts largest/latest first; due dates soonest first. */
export const FIRST_DIRECTION: Record<LedgerSort, SortDirection> = {
  DEPOSITS: 'DESC',
  LOANS: 'DESC',
  TIER: 'DESC',
  LAST_CONTACT: 'DESC',
  MATURING: 'ASC',
  CUSTOMER_NO: 'ASC',
};
/** A week, a month (the ledger's own maturity window), two months, a quarter (the API's furthest, 90). */
export const MATURING_DAYS = [7, 30, 60, 90] as const;
/** A month, a quarter (the churn rule's 90 days), half a year, a year — as the outlet's customer list. */
export const SILENT_DAYS = [30, 60, 90, 180, 365] as const;
const TIERS = new Set<string>([...tierOrders.VALUE_PYRAMID, ...tierOrders.QUALITY_LADDER]);

export const DEFAULT_LEDGER: LedgerState = {
  tiers: [],
  churnRiskOnly: false,
  maturingWithinDays: null,
  notContactedForDays: null,
  nextStepDue: false,
  sort: 'DEPOSITS',
  direction: 'DESC',
  page: 1,
  pageSize: 20,
};

const oneOf = <T extends string | number>(value: T | null, allowed: readonly T[]): T | null =>
  value != null && allowed.includes(value) ? value : null;
const whole = (value: string | null, min: number, max: number): number | null =>
  value != null && /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max ? Number(value) : null;

/** The ledger a query string describes (defaults for what it does not say, or says wrongly). */
export function parseLedgerState(query: string): LedgerState {
  const p = new URLSearchParams(query);
  const sort = oneOf(p.get('sort') as LedgerSort | null, SORTS) ?? DEFAULT_LEDGER.sort;
  return {
    tiers: [...new Set((p.get('tier') ?? '').split(',').filter((t) => TIERS.has(t)))] as TierCode[],
    churnRiskOnly: p.get('churn') === '1',
    maturingWithinDays: oneOf(whole(p.get('maturing'), 1, 90), MATURING_DAYS),
    notContactedForDays: oneOf(whole(p.get('silent'), 1, 3650), SILENT_DAYS),
    nextStepDue: p.get('due') === '1',
    sort,
    direction: oneOf(p.get('dir') as SortDirection | null, ['ASC', 'DESC']) ?? FIRST_DIRECTION[sort],
    page: whole(p.get('page'), 1, 100_000) ?? 1,
    pageSize: oneOf(whole(p.get('size'), 1, 100), PAGE_SIZES) ?? DEFAULT_LEDGER.pageSize,
  };
}

/** The query string of a ledger state: only what differs from the default, in a fixed order ('' for the default). */
export function ledgerStateQuery(s: LedgerState): string {
  const p = new URLSearchParams();
  if (s.tiers.length) p.set('tier', s.tiers.join(','));
  if (s.churnRiskOnly) p.set('churn', '1');
  if (s.maturingWithinDays != null) p.set('maturing', String(s.maturingWithinDays));
  if (s.notContactedForDays != null) p.set('silent', String(s.notContactedForDays));
  if (s.nextStepDue) p.set('due', '1');
  if (s.sort !== DEFAULT_LEDGER.sort || s.direction !== FIRST_DIRECTION[s.sort]) {
    p.set('sort', s.sort);
    p.set('dir', s.direction);
  }
  if (s.page !== 1) p.set('page', String(s.page));
  if (s.pageSize !== DEFAULT_LEDGER.pageSize) p.set('size', String(s.pageSize));
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** The API's filter of a ledger state; null when nothing filters (the whole portfolio). */
export function ledgerFilter(s: LedgerState): LedgerFilter | null {
  const f: LedgerFilter = {};
  if (s.tiers.length) f.tiers = s.tiers;
  if (s.churnRiskOnly) f.churnRiskOnly = true;
  if (s.maturingWithinDays != null) f.maturingWithinDays = s.maturingWithinDays;
  if (s.notContactedForDays != null) f.notContactedForDays = s.notContactedForDays;
  if (s.nextStepDue) f.hasNextStepDue = true;
  return Object.keys(f).length ? f : null;
}

export const hasLedgerFilters = (s: LedgerState) => ledgerFilter(s) != null;

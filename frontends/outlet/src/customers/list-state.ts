import { PAGE_SIZES, tierOrders, type TierCode } from '@crm/ui-kit';
import type { CustomerFilter, CustomerKind, CustomerSort, CustomerStatus, SortDirection } from './customers.queries';

/**
 * What the customer list shows — search, filters, sort, page — as one value that lives in the URL's
 * query string, so a reload, the browser's Back from a customer 360 or a link sent to a colleague
 * shows the same list. Anything in the URL that is not a value the API knows is dropped (a link typed
 * by hand never reaches the server as a bad request).
 */
export interface ListState {
  search: string;
  kind: CustomerKind | null;
  tiers: TierCode[];
  /** yuan, as the API takes them */
  aumMin: number | null;
  aumMax: number | null;
  status: CustomerStatus | null;
  unit: string | null;
  /** not contacted for at least this many days */
  silentDays: number | null;
  /** a primary manager's id, or NO_MANAGER: the customers without one */
  manager: string | null;
  sort: CustomerSort;
  direction: SortDirection;
  page: number;
  pageSize: number;
}

/** The manager filter's "no manager" choice (in the URL as manager=none). */
export const NO_MANAGER = 'none';

export const SORTS: readonly CustomerSort[] = ['NEWEST', 'NAME', 'TIER', 'AUM', 'LAST_CONTACT', 'STATUS', 'UNIT'];
const KINDS: readonly CustomerKind[] = ['INDIVIDUAL', 'CORPORATE'];
export const STATUSES: readonly CustomerStatus[] = ['ACTIVE', 'DORMANT', 'CLOSED', 'MERGED'];
const TIERS = new Set<string>([...tierOrders.VALUE_PYRAMID, ...tierOrders.QUALITY_LADDER]);
/** The "not contacted for" choices a branch manager works with: a month, a quarter (the churn rule's 90 days), half a year, a year. */
export const SILENT_DAYS = [30, 60, 90, 180, 365] as const;
/** The API's bounds (filter.aumMin/aumMax, notContactedForDays). */
const MAX_YUAN = 9_999_999_999_999_998;
const MAX_SILENT_DAYS = 3650;

/** Each key's first direction on a click of its header: words and codes A→Z, amounts, tiers and dates highest/latest first. */
export const FIRST_DIRECTION: Record<CustomerSort, SortDirection> = {
  NEWEST: 'DESC',
  NAME: 'ASC',
  TIER: 'DESC',
  AUM: 'DESC',
  LAST_CONTACT: 'DESC',
  STATUS: 'ASC',
  UNIT: 'ASC',
};

export const DEFAULT_STATE: ListState = {
  search: '',
  kind: null,
  tiers: [],
  aumMin: null,
  aumMax: null,
  status: null,
  unit: null,
  silentDays: null,
  manager: null,
  sort: 'NEWEST',
  direction: 'DESC',
  page: 1,
  pageSize: 20,
};

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | null =>
  value != null && (allowed as readonly string[]).includes(value) ? (value as T) : null;

function whole(value: string | null, min: number, max: number): number | null {
  if (value == null || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

function amount(value: string | null): number | null {
  if (value == null || !/^\d+(\.\d{1,2})?$/.test(value)) return null;
  const n = Number(value);
  return n <= MAX_YUAN ? n : null;
}

/** The list state a query string describes (defaults for what it does not say or says wrongly). */
export function parseListState(query: string): ListState {
  const p = new URLSearchParams(query);
  const sort = oneOf(p.get('sort'), SORTS) ?? DEFAULT_STATE.sort;
  const aumMin = amount(p.get('aumMin'));
  const aumMax = amount(p.get('aumMax'));
  return {
    search: (p.get('q') ?? '').trim().slice(0, 64),
    kind: oneOf(p.get('kind'), KINDS),
    tiers: [...new Set((p.get('tier') ?? '').split(',').filter((t) => TIERS.has(t)))] as TierCode[],
    aumMin,
    aumMax: aumMax != null && aumMin != null && aumMax < aumMin ? null : aumMax,
    status: oneOf(p.get('status'), STATUSES),
    unit: p.get('unit') && /^\d+$/.test(p.get('unit')!) ? p.get('unit') : null,
    silentDays: whole(p.get('silent'), 1, MAX_SILENT_DAYS),
    manager: p.get('manager') === NO_MANAGER || /^\d{1,10}$/.test(p.get('manager') ?? '') ? p.get('manager') : null,
    sort,
    direction: oneOf(p.get('dir'), ['ASC', 'DESC'] as const) ?? FIRST_DIRECTION[sort],
    page: whole(p.get('page'), 1, 100_000) ?? 1,
    pageSize: oneOf(p.get('size'), PAGE_SIZES.map(String)) ? Number(p.get('size')) : DEFAULT_STATE.pageSize,
  };
}

/** The query string of a list state: only what differs from the default, in a fixed order ('' for the default list). */
export function listStateQuery(s: ListState): string {
  const p = new URLSearchParams();
  if (s.search) p.set('q', s.search);
  if (s.kind) p.set('kind', s.kind);
  if (s.tiers.length) p.set('tier', s.tiers.join(','));
  if (s.aumMin != null) p.set('aumMin', String(s.aumMin));
  if (s.aumMax != null) p.set('aumMax', String(s.aumMax));
  if (s.status) p.set('status', s.status);
  if (s.unit) p.set('unit', s.unit);
  if (s.silentDays != null) p.set('silent', String(s.silentDays));
  if (s.manager) p.set('manager', s.manager);
  if (s.sort !== DEFAULT_STATE.sort || s.direction !== FIRST_DIRECTION[s.sort]) {
    p.set('sort', s.sort);
    p.set('dir', s.direction);
  }
  if (s.page !== 1) p.set('page', String(s.page));
  if (s.pageSize !== DEFAULT_STATE.pageSize) p.set('size', String(s.pageSize));
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** The API filter of a list state (the same for the list and its counts, bar the kind the counts split by). */
export function listFilter(s: ListState, withKind = true): CustomerFilter {
  const f: CustomerFilter = {};
  if (s.search) f.search = s.search;
  if (withKind && s.kind) f.kind = s.kind;
  if (s.tiers.length) f.tiers = s.tiers;
  if (s.aumMin != null) f.aumMin = s.aumMin;
  if (s.aumMax != null) f.aumMax = s.aumMax;
  if (s.status) f.status = s.status;
  if (s.unit) f.homeOrgUnitId = s.unit;
  if (s.silentDays != null) f.notContactedForDays = s.silentDays;
  if (s.manager === NO_MANAGER) f.unassigned = true;
  else if (s.manager) f.managerIds = [s.manager];
  return f;
}

/** Whether any filter beyond the search is on (the "clear filters" button shows then). */
export const hasFilters = (s: ListState) =>
  s.kind != null ||
  s.tiers.length > 0 ||
  s.aumMin != null ||
  s.aumMax != null ||
  s.status != null ||
  s.unit != null ||
  s.silentDays != null ||
  s.manager != null;

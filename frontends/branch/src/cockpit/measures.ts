import { count, decimal, money, moneyCompact } from '@crm/ui-kit';
import type { Rollup } from './cockpit.queries';

export const MEASURE_KEYS = [
  'customers',
  'deposits',
  'loans',
  'weightedAssets',
  'contribution',
  'avgSatisfaction',
  'complaintRate',
  'churnRisk',
] as const;
export type MeasureKey = (typeof MEASURE_KEYS)[number];

const AMOUNTS = new Set<MeasureKey>(['deposits', 'loans', 'weightedAssets', 'contribution']);

/**
 * A measure as the cockpit writes it: amounts in the bank's units with the unit in the figure
 * (1.25亿元 / 3,500万元, ¥125M — the UI kit's moneyCompact), so a branch's totals stay short enough
 * for eight measures side by side at 1360 px; counts with separators; scores with fixed decimals.
 */
export function measureText(r: Rollup, key: MeasureKey, language: string): string {
  const v = r[key];
  if (AMOUNTS.has(key)) return moneyCompact(v, language);
  if (key === 'avgSatisfaction') return decimal(v, 1);
  if (key === 'complaintRate') return decimal(v, 2);
  return count(v, language);
}

/** The exact figure behind a compact amount (a cell's title), or undefined for a measure that is not an amount. */
export function measureExact(r: Rollup, key: MeasureKey, language: string): string | undefined {
  return AMOUNTS.has(key) ? money(r[key], language) : undefined;
}

/** What a cockpit list card of the unit looked at takes (the churn list, the tier movements). */
export interface UnitListCardProps {
  asOf: string | null;
  /** the unit looked at; null: the caller's own unit, i.e. their whole scope */
  orgUnitId: string | null;
  /** at an outlet: no home-unit column, every customer is homed there */
  outlet?: boolean;
  /** the unit looked at, in words (cockpitScope); undefined while it loads */
  scope?: string;
}

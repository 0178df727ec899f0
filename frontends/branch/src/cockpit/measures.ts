import { count, decimal, moneyInUnits } from '@crm/ui-kit';
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

export function measureText(r: Rollup, key: MeasureKey, language: string): string {
  const v = r[key];
  if (AMOUNTS.has(key)) return moneyInUnits(v, language);
  if (key === 'avgSatisfaction') return decimal(v, 1);
  if (key === 'complaintRate') return decimal(v, 2);
  return count(v, language);
}

import { count, decimal, moneyCompact } from '@crm/ui-kit';
import type { ScorecardLine, ScorecardMeasure } from './managers.queries';

const AMOUNTS = new Set<ScorecardMeasure>(['DEPOSIT_STOCK', 'DEPOSIT_GROWTH', 'LOAN_STOCK', 'LOAN_GROWTH', 'INTERMEDIARY_INCOME']);

/** A share 0–1 as a percentage: 0.925 → 92.5%. */
export const percent = (v: number | null | undefined, digits = 0): string => (v == null ? '—' : `${(v * 100).toFixed(digits)}%`);

/**
 * A scorecard figure (an actual or a target) as the cockpit writes it: amounts in the bank's units
 * (3,500万元 / ¥35M, moneyCompact), counts with separators, the CSAT to two decimals, the on-time rate in %.
 */
export function measureValue(measure: ScorecardMeasure, v: number | null | undefined, language: string): string {
  if (v == null) return '—';
  if (AMOUNTS.has(measure)) return moneyCompact(v, language);
  if (measure === 'SATISFACTION') return decimal(v, 2);
  if (measure === 'ON_TIME_TASK_RATE') return percent(v, 1);
  return count(v, language);
}

/** Points to two decimals ('—' when not scored). */
export const pointsText = (v: number | null | undefined): string => decimal(v, 2);

/** The line of a measure in a scorecard (the API lists every measure, in card order). */
export const lineOf = (lines: readonly ScorecardLine[], measure: ScorecardMeasure) => lines.find((l) => l.measure === measure);

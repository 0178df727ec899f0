import { amountMetrics } from '@crm/ui-kit';
import type { TierCondition } from './tier.queries';

type T = (key: string, options?: Record<string, unknown>) => string;

const OPS: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

const numberText = (v: number, language: string, digits = 2) =>
  new Intl.NumberFormat(language === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: digits }).format(v);

/** A metric value as a person reads it: amounts with separators, scores with one decimal. */
export function metricValue(metric: string, v: unknown, language: string): string {
  if (typeof v !== 'number') return v == null ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
  return numberText(v, language, amountMetrics.has(metric) ? 2 : 1);
}

/** A rule condition in words, e.g. "日均综合金融资产 ≥ 5,000,000 且 忠诚度 ≥ 60"; null: the scheme's catch-all tier. */
export function describeCondition(c: TierCondition | null | undefined, t: T, language: string, nested = false): string {
  if (c == null) return t('conditionElse');
  if ('all' in c || 'any' in c) {
    const parts = 'all' in c ? c.all : c.any;
    const text = parts.map((p) => describeCondition(p, t, language, true)).join(t('all' in c ? 'and' : 'or'));
    if (!nested || parts.length < 2) return text;
    return language === 'en' ? `(${text})` : `（${text}）`;
  }
  if ('metric' in c)
    return `${t(`Metric_${c.metric}`, { defaultValue: c.metric })} ${OPS[c.op] ?? c.op} ${metricValue(c.metric, c.value, language)}`;
  return JSON.stringify(c);
}

/** The evidence's inputs as label/value rows; a non-object is shown as one JSON row. */
export function inputRows(inputs: unknown, t: T, language: string): { key: string; label: string; value: string }[] {
  if (inputs == null) return [];
  if (typeof inputs !== 'object' || Array.isArray(inputs)) return [{ key: 'inputs', label: t('inputs'), value: JSON.stringify(inputs) }];
  return Object.entries(inputs as Record<string, unknown>).map(([key, v]) => ({
    key,
    label: t(`Metric_${key}`, { defaultValue: key }),
    value: v !== null && typeof v === 'object' ? JSON.stringify(v) : metricValue(key, v, language),
  }));
}

// The words of a rule (metric names, ≥, 万元/亿元) are the UI kit's: describeCondition, metricValue (@crm/ui-kit).
import { comparisonSymbol as opSymbol, metricValue } from '@crm/ui-kit';
import type { TierCondition } from './tier.queries';

type T = (key: string, options?: Record<string, unknown>) => string;

const holds = (v: number, op: string, threshold: number) =>
  op === '>=' ? v >= threshold : op === '>' ? v > threshold : op === '<=' ? v <= threshold : op === '<' ? v < threshold : false;

/** What the evidence sentence needs besides the rule: the values compared, and whether satisfaction was measured. */
export interface EvidenceFacts {
  tier: string;
  condition: TierCondition | null;
  inputs: Record<string, unknown>;
  satisfactionMeasured: boolean;
}

/** One input in words; satisfaction not measured says so (the rule compared the neutral value). */
function inputValue(metric: string, v: unknown, facts: EvidenceFacts, t: T, language: string): string {
  if (metric === 'SATISFACTION' && !facts.satisfactionMeasured) return t('notMeasuredAs', { value: metricValue(metric, v, language) });
  return metricValue(metric, v, language);
}

function explainCondition(c: TierCondition, facts: EvidenceFacts, t: T, language: string, nested: boolean): string {
  if ('all' in c || 'any' in c) {
    const parts = 'all' in c ? c.all : c.any;
    const text = parts.map((p) => explainCondition(p, facts, t, language, true)).join(t('all' in c ? 'and' : 'or'));
    if (!nested || parts.length < 2) return text;
    return language === 'en' ? `(${text})` : `（${text}）`;
  }
  if (!('metric' in c)) return '';
  const v = facts.inputs[c.metric];
  const label = t(`Metric_${c.metric}`);
  const value = inputValue(c.metric, v, facts, t, language);
  const threshold = metricValue(c.metric, c.value, language);
  const symbol = opSymbol(c.op);
  if (typeof v === 'number' && !holds(v, c.op, c.value)) return t('notMet', { label, value, op: symbol, threshold });
  return `${label} ${value} ${symbol} ${threshold}`;
}

/**
 * "Why this tier" as a sentence, from the structured evidence (the rule's condition and the values it
 * compared): "日均综合金融资产 50.23 万元 ≥ 30 万元 → 重点客户"; a comparison that did not hold (in an OR)
 * says so; the catch-all tier lists the values: "不满足以上各等级的条件（日均综合金融资产 1.2 万元）→ 基本客户".
 */
export function explainEvidence(facts: EvidenceFacts, t: T, language: string): string {
  const tier = t('tierAs', { tier: t(`Tier_${facts.tier}`) }); // 重点客户 / Key
  if (facts.condition) return `${explainCondition(facts.condition, facts, t, language, false)} → ${tier}`;
  const values = Object.entries(facts.inputs)
    .map(([metric, v]) => `${t(`Metric_${metric}`)} ${inputValue(metric, v, facts, t, language)}`)
    .join(t('listSeparator'));
  return values ? t('noneAboveWith', { values, tier }) : t('noneAbove', { tier });
}

/** The evidence's inputs as label/value rows; a non-object is shown as one row. */
export function inputRows(
  inputs: unknown,
  t: T,
  language: string,
  satisfactionMeasured = true,
): { key: string; label: string; value: string }[] {
  if (inputs == null || typeof inputs !== 'object' || Array.isArray(inputs)) return [];
  const facts: EvidenceFacts = { tier: '', condition: null, inputs: inputs as Record<string, unknown>, satisfactionMeasured };
  return Object.entries(facts.inputs).map(([key, v]) => ({
    key,
    label: t(`Metric_${key}`),
    value: inputValue(key, v, facts, t, language),
  }));
}

import { amountMetrics, moneyCompact, numberLocale } from '@crm/ui-kit';
import type { TierCondition } from './tier.queries';

type T = (key: string, options?: Record<string, unknown>) => string;

type Op = '>=' | '>' | '<=' | '<';
const OPS: Record<Op, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };
const opSymbol = (op: string) => OPS[op as Op] ?? op;
const holds = (v: number, op: string, threshold: number) =>
  op === '>=' ? v >= threshold : op === '>' ? v > threshold : op === '<=' ? v <= threshold : op === '<' ? v < threshold : false;

const numberText = (v: number, language: string, digits: number) =>
  new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: digits }).format(v);

/**
 * An amount as a Chinese bank says it: 50.23 万元, 1.2 亿元, 800 元 (zh); ¥502.3K… in English the kit's
 * compact form (¥5.23M). At most two decimals of the unit.
 */
export function amountWords(v: number, language: string): string {
  if (language === 'en') return moneyCompact(v, language);
  const a = Math.abs(v);
  if (a >= 1e8) return `${numberText(v / 1e8, language, 2)} 亿元`;
  if (a >= 1e4) return `${numberText(v / 1e4, language, 2)} 万元`;
  return `${numberText(v, language, 2)} 元`;
}

/** A metric value as a person reads it: amounts in 万/亿 (zh) or compact (en), scores with one decimal. */
export function metricValue(metric: string, v: unknown, language: string): string {
  if (typeof v !== 'number') return v == null ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
  return amountMetrics.has(metric) ? amountWords(v, language) : numberText(v, language, 1);
}

/** A rule condition in words, e.g. "日均综合金融资产 ≥ 500 万元 且 忠诚度 ≥ 60"; null: the scheme's catch-all tier. */
export function describeCondition(c: TierCondition | null | undefined, t: T, language: string, nested = false): string {
  if (c == null) return t('conditionElse');
  if ('all' in c || 'any' in c) {
    const parts = 'all' in c ? c.all : c.any;
    const text = parts.map((p) => describeCondition(p, t, language, true)).join(t('all' in c ? 'and' : 'or'));
    if (!nested || parts.length < 2) return text;
    return language === 'en' ? `(${text})` : `（${text}）`;
  }
  if ('metric' in c) return `${t(`Metric_${c.metric}`)} ${opSymbol(c.op)} ${metricValue(c.metric, c.value, language)}`;
  return '';
}

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

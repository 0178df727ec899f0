import { moneyCompact, numberLocale } from './format';
import { amountMetrics, labelIn, scoreMetricLabels, tierLabels, type Label, type TierCode } from './tiers';

/**
 * A tier rule in words, generated from the rule itself (its metrics, comparisons, thresholds and
 * tier) in the reader's language — never free text someone typed once in one language. The policy
 * editor shows each rule so; the customer 360 says which rule placed a customer with the same words.
 *
 *   zh: 日均综合金融资产 ≥ 30 万元 → 重点客户
 *   en: Weighted daily-average assets ≥ CN¥300,000 → Key
 */

/** A comparison of one metric with a threshold, as the analysis API stores it (`{ metric, op, value }`). */
export interface MetricComparison {
  metric: string;
  op: string;
  value: number | null;
}
/** A tier rule's condition (the API's JSON): a comparison, or all / any of conditions. */
export type TierRuleCondition = MetricComparison | { all: TierRuleCondition[] } | { any: TierRuleCondition[] };

const OP_SYMBOLS: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };
/** '>=' as a person writes it: ≥ (an unknown operator as it is). */
export const comparisonSymbol = (op: string): string => OP_SYMBOLS[op] ?? op;

const ruleWords = {
  and: { zh: ' 且 ', en: ' AND ' },
  or: { zh: ' 或 ', en: ' OR ' },
  everyoneElse: { zh: '不满足以上各等级条件的其余客户', en: 'Everyone who meets none of the tiers above' },
} satisfies Record<string, Label>;

const numberText = (v: number, language: string, digits: number) =>
  new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: digits }).format(v);

/**
 * An amount as a Chinese bank says it: 50.23 万元, 1.2 亿元, 800 元 (zh); in English the kit's compact
 * form (¥5.23M, CN¥300,000). At most two decimals of the unit.
 */
export function amountWords(v: number, language: string): string {
  if (language === 'en') return moneyCompact(v, language);
  const a = Math.abs(v);
  if (a >= 1e8) return `${numberText(v / 1e8, language, 2)} 亿元`;
  if (a >= 1e4) return `${numberText(v / 1e4, language, 2)} 万元`;
  return `${numberText(v, language, 2)} 元`;
}

/** A metric's value as a person reads it: amounts in 万/亿 (zh) or compact (en), scores and counts with at most one decimal; — for none. */
export function metricValue(metric: string, v: unknown, language: string): string {
  if (typeof v !== 'number') return v == null ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
  return amountMetrics.has(metric) ? amountWords(v, language) : numberText(v, language, 1);
}

/** A metric's name in the reader's language (the code itself for a metric the kit does not know). */
export const metricName = (metric: string, language: string): string => {
  const label = (scoreMetricLabels as Record<string, Label | undefined>)[metric];
  return label ? labelIn(label, language) : metric;
};

/** A tier as a rule names it: 重点客户 (zh), Key (en). */
export const tierAsCustomer = (tier: string, language: string): string => {
  const label = (tierLabels as Record<string, Label | undefined>)[tier];
  if (!label) return tier;
  return language === 'en' ? label.en : `${label.zh}客户`;
};

/**
 * A condition in words: "日均综合金融资产 ≥ 500 万元 且 忠诚度 ≥ 60"; a group inside a group in
 * brackets; null: the scheme's last tier, which takes everyone the tiers above do not.
 */
export function describeCondition(condition: TierRuleCondition | null | undefined, language: string, nested = false): string {
  if (condition == null) return labelIn(ruleWords.everyoneElse, language);
  if (typeof condition !== 'object') return '';
  if ('all' in condition || 'any' in condition) {
    const all = 'all' in condition;
    const parts = all ? condition.all : condition.any;
    if (!Array.isArray(parts)) return '';
    const text = parts.map((p) => describeCondition(p, language, true)).join(labelIn(all ? ruleWords.and : ruleWords.or, language));
    if (!nested || parts.length < 2) return text;
    return language === 'en' ? `(${text})` : `（${text}）`;
  }
  if ('metric' in condition) {
    return `${metricName(condition.metric, language)} ${comparisonSymbol(condition.op)} ${metricValue(condition.metric, condition.value, language)}`;
  }
  return '';
}

/** One rule of a policy in words: its condition → its tier ("日均综合金融资产 ≥ 30 万元 → 重点客户"). */
export function describeTierRule(
  rule: { tier: TierCode | string; condition: TierRuleCondition | null | undefined },
  language: string,
): string {
  return `${describeCondition(rule.condition, language)} → ${tierAsCustomer(rule.tier, language)}`;
}

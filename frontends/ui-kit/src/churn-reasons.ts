import { DEFAULT_LANGUAGE, isPortalLanguage, type PortalLanguage } from './portal.i18n';
import type { ChurnReason as ApiChurnReason, ChurnReasonCode } from './schema-types';

/**
 * Churn reasons, once for every remote: the API's `enum ChurnReasonCode` (generated from the
 * supergraph into ./schema-types.ts; the analysis subgraph's subgraphs/analysis/src/customer-score/churn-reason.ts)
 * and its words in each portal language. Every map below is typed over the enum, so a value without
 * a zh and an en label and detail does not typecheck.
 */
export type { ChurnReasonCode };

/**
 * What the kit reads of a `ChurnReason` — `churnReasons { code percent from to days complaints csat }`
 * as the remotes select it: the code and its figures as numbers (null where the code has none),
 * formatted here in the user's language. The API's `detail` is the same in English words, for
 * clients without labels.
 */
export type ChurnReason = Pick<ApiChurnReason, 'code' | 'percent' | 'from' | 'to' | 'days' | 'complaints' | 'csat'>;

const zh: Record<ChurnReasonCode, string> = {
  DEPOSITS_DOWN: '存款下降',
  INACTIVE_90D: '90天无交易',
  COMPLAINT_LOW_CSAT: '投诉且满意度低',
  PRODUCTS_DROPPED: '产品减少',
};
const en: Record<ChurnReasonCode, string> = {
  DEPOSITS_DOWN: 'Deposits down',
  INACTIVE_90D: 'No transaction for 90 days',
  COMPLAINT_LOW_CSAT: 'Complaint and low satisfaction',
  PRODUCTS_DROPPED: 'Fewer products',
};
export const churnReasonLabels: Record<PortalLanguage, Record<ChurnReasonCode, string>> = { 'zh-CN': zh, en };

interface Numbers {
  money(v: number): string;
  count(v: number): string;
  percent(v: number): string;
}
type Detail = (r: ChurnReason, n: Numbers) => string | null;
const all = (...v: (number | null)[]) => v.every((x) => x != null);

const zhDetails: Record<ChurnReasonCode, Detail> = {
  DEPOSITS_DOWN: (r, n) =>
    all(r.percent, r.from, r.to) ? `近6个月下降 ${n.percent(r.percent!)}：${n.money(r.from!)} → ${n.money(r.to!)}` : null,
  INACTIVE_90D: (r, n) => (r.days == null ? '近12个月均无交易' : `距上次交易 ${n.count(r.days)} 天`),
  COMPLAINT_LOW_CSAT: (r, n) =>
    all(r.complaints, r.csat) ? `近90天投诉 ${n.count(r.complaints!)} 次，满意度最低 ${n.count(r.csat!)} 分` : null,
  PRODUCTS_DROPPED: (r, n) => (all(r.from, r.to) ? `持有产品种类 ${n.count(r.from!)} → ${n.count(r.to!)}` : null),
};
const enDetails: Record<ChurnReasonCode, Detail> = {
  DEPOSITS_DOWN: (r, n) =>
    all(r.percent, r.from, r.to) ? `down ${n.percent(r.percent!)} in 6 months: ${n.money(r.from!)} → ${n.money(r.to!)}` : null,
  INACTIVE_90D: (r, n) => (r.days == null ? 'none in 12 months' : `last one ${n.count(r.days)} days ago`),
  COMPLAINT_LOW_CSAT: (r, n) =>
    all(r.complaints, r.csat)
      ? `${n.count(r.complaints!)} ${r.complaints === 1 ? 'complaint' : 'complaints'} in 90 days, lowest CSAT ${n.count(r.csat!)}`
      : null,
  PRODUCTS_DROPPED: (r, n) => (all(r.from, r.to) ? `product kinds held ${n.count(r.from!)} → ${n.count(r.to!)}` : null),
};
const DETAILS: Record<PortalLanguage, Record<ChurnReasonCode, Detail>> = { 'zh-CN': zhDetails, en: enDetails };

const languageOf = (language: string): PortalLanguage => (isPortalLanguage(language) ? language : DEFAULT_LANGUAGE);

function numbers(language: PortalLanguage): Numbers {
  const locale = language === 'en' ? 'en-US' : 'zh-CN';
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 });
  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return { money: (v) => money.format(v), count: (v) => count.format(v), percent: (v) => percent.format(v / 100) };
}

/** The reason's name in the user's language, e.g. 存款下降 / Deposits down. */
export const churnReasonLabel = (code: ChurnReasonCode, language: string): string => churnReasonLabels[languageOf(language)][code];

/** Its figures in the user's language, e.g. 近6个月下降 60%：¥50,000.00 → ¥20,000.00; null when none were recorded. */
export function churnReasonDetail(reason: ChurnReason, language: string): string | null {
  const lang = languageOf(language);
  return DETAILS[lang][reason.code](reason, numbers(lang));
}

/** Name and figures together, as a churn list or the 360 shows them: 存款下降（近6个月下降 60%：…）. */
export function churnReasonText(reason: ChurnReason, language: string): string {
  const lang = languageOf(language);
  const label = churnReasonLabel(reason.code, lang);
  const detail = churnReasonDetail(reason, lang);
  if (!detail) return label;
  return lang === 'en' ? `${label} (${detail})` : `${label}（${detail}）`;
}

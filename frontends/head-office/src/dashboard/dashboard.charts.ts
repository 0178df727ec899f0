import { bankChartPalette, bankColors, tierColors } from '@crm/ui-kit';
import {
  countAxis,
  tierPyramidSeries,
  moneyAxis,
  percentAxis,
  scoreAxis,
  tooltipValue,
  type ChartValueKind,
  type PortalChartOption,
} from '@crm/ui-kit/charts';
import { SCHEME_TIERS, type Tier, type TierScheme } from '../policy/policy.model';
import type { OrgRollup, TierCount, TrendPoint } from './dashboard.queries';

type T = (key: string, opts?: Record<string, unknown>) => string;

/** Tiers top to bottom: the active scheme's order; tiers of another scheme (old scores) after them. */
export function orderedTiers(tiers: TierCount[], scheme: TierScheme | undefined): TierCount[] {
  const order: Tier[] = [...SCHEME_TIERS[scheme ?? 'VALUE_PYRAMID'], ...SCHEME_TIERS.VALUE_PYRAMID, ...SCHEME_TIERS.QUALITY_LADDER];
  const rank = (t: Tier) => order.indexOf(t);
  return [...tiers].sort((a, b) => rank(a.tier) - rank(b.tier));
}

/** The pyramid: a funnel in scheme order (top tier at the top), widths by customer count. */
export function pyramidOption(tiers: TierCount[], scheme: TierScheme | undefined, t: T, lang: string): PortalChartOption {
  return tierPyramidSeries(
    orderedTiers(tiers, scheme).map((x) => ({ name: t(`Tier_${x.tier}`), value: x.customers, color: tierColors[x.tier] })),
    lang,
  );
}

export type BranchMetric = 'customers' | 'deposits' | 'loans' | 'weightedAssets' | 'contribution' | 'avgSatisfaction' | 'complaintRate';
export const BRANCH_METRICS: readonly BranchMetric[] = [
  'customers',
  'deposits',
  'loans',
  'weightedAssets',
  'contribution',
  'avgSatisfaction',
  'complaintRate',
];
export const metricLabelKey: Record<BranchMetric, string> = {
  customers: 'colCustomers',
  deposits: 'colDeposits',
  loans: 'colLoans',
  weightedAssets: 'colWeightedAssets',
  contribution: 'colContribution',
  avgSatisfaction: 'colSatisfaction',
  complaintRate: 'colComplaintRate',
};

/** How each metric's numbers read: amounts in yuan (万/亿 on the axis, ¥ in the tooltip), counts, scores. */
export const metricKind: Record<BranchMetric, ChartValueKind> = {
  customers: 'count',
  deposits: 'amount',
  loans: 'amount',
  weightedAssets: 'amount',
  contribution: 'amount',
  avgSatisfaction: 'score',
  complaintRate: 'score',
};

const valueAxis = (kind: ChartValueKind, lang: string, name: string) => {
  switch (kind) {
    case 'amount':
      return moneyAxis(lang, name);
    case 'count':
      return countAxis(lang, name);
    case 'rate':
    case 'percent':
      return percentAxis(lang, name, kind);
    case 'score':
      return scoreAxis(lang, name);
  }
};

export function branchOption(
  rows: OrgRollup[],
  metric: BranchMetric,
  name: (r: OrgRollup) => string,
  t: T,
  lang: string,
): PortalChartOption {
  const kind = metricKind[metric];
  return {
    color: [metric === 'complaintRate' ? bankChartPalette[2] : bankChartPalette[0]],
    tooltip: { trigger: 'axis', valueFormatter: tooltipValue(kind, lang) },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map(name), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: valueAxis(kind, lang, t(metricLabelKey[metric])),
    series: [{ type: 'bar', barMaxWidth: 36, data: rows.map((r) => r[metric] ?? 0) }],
  };
}

/** Trends: tier counts stacked per as-of date, weighted assets as a line on the second axis. */
export function trendsOption(points: TrendPoint[], scheme: TierScheme | undefined, t: T, lang: string): PortalChartOption {
  const tiers = orderedTiers(
    [...new Set(points.flatMap((p) => p.tiers.map((x) => x.tier)))].map((tier) => ({ tier, customers: 0 })),
    scheme,
  )
    .map((x) => x.tier)
    .reverse(); // bottom of the stack: the broadest tier
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 32, bottom: 32, containLabel: true },
    xAxis: { type: 'category', data: points.map((p) => p.asOf) },
    yAxis: [
      countAxis(lang, t('colCustomers')),
      { ...moneyAxis(lang, t('colWeightedAssets')), splitLine: { show: false }, nameTextStyle: { align: 'right' } },
    ],
    series: [
      ...tiers.map((tier) => ({
        type: 'bar' as const,
        stack: 'tiers',
        name: t(`Tier_${tier}`),
        itemStyle: { color: tierColors[tier] },
        tooltip: { valueFormatter: tooltipValue('count', lang) },
        barMaxWidth: 40,
        data: points.map((p) => p.tiers.find((x) => x.tier === tier)?.customers ?? 0),
      })),
      {
        type: 'line' as const,
        name: t('colWeightedAssets'),
        yAxisIndex: 1,
        color: bankColors.ink,
        tooltip: { valueFormatter: tooltipValue('amount', lang) },
        data: points.map((p) => p.weightedAssets),
      },
    ],
  };
}

import type { ReactNode } from 'react';
import { Empty } from 'antd';
import { numberLocale } from './format';
import { tierColors, type TierCode } from './tiers';

/**
 * One set of chart conventions for every remote: how an axis and a tooltip write a number (as a
 * Chinese bank reads it: 万/亿 with at most two decimals and thousands separators, ¥ for amounts,
 * % for rates), the tier colours (the same steps for both schemes), and when a chart is not drawn
 * at all (no data, or every value 0: an empty state that says why, never a 0/0 donut).
 * Plain functions and option fragments, so component tests can read them in the options.
 */

const nf = (language: string, digits = 2) => new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: digits });

/**
 * A number scaled to the bank's units: 1.25亿 / 3,500万 / 9,800 (zh), 1.25B / 3.5M / 9,800 (en);
 * at most two decimals, separators in every part.
 */
export function compactNumber(v: number, language: string): string {
  const a = Math.abs(v);
  const fmt = nf(language);
  if (language === 'en') {
    if (a >= 1e9) return `${fmt.format(v / 1e9)}B`;
    if (a >= 1e6) return `${fmt.format(v / 1e6)}M`;
    return fmt.format(v);
  }
  if (a >= 1e8) return `${fmt.format(v / 1e8)}亿`;
  if (a >= 1e4) return `${fmt.format(v / 1e4)}万`;
  return fmt.format(v);
}

/** The kinds of number a chart shows. `amount`: CNY in yuan; `rate`: a fraction (0.125 = 12.5%); `percent`: already ×100. */
export type ChartValueKind = 'amount' | 'count' | 'rate' | 'percent' | 'score';

/** One chart value as a tooltip or a label writes it; '—' for no value. */
export function chartValue(v: unknown, kind: ChartValueKind, language: string): string {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && v !== '-' ? Number(v) : NaN;
  if (!Number.isFinite(n)) return '—';
  switch (kind) {
    case 'amount':
      return `¥${compactNumber(n, language)}`;
    case 'count':
      return compactNumber(n, language);
    case 'rate':
      return `${nf(language, 1).format(n * 100)}%`;
    case 'percent':
      return `${nf(language, 1).format(n)}%`;
    case 'score':
      return nf(language, 1).format(n);
  }
}

/** Axis label text for a kind: amounts without ¥ on the axis (the axis name carries the currency), 万/亿 and separators. */
export function axisValue(v: number, kind: ChartValueKind, language: string): string {
  return kind === 'amount' ? compactNumber(v, language) : chartValue(v, kind, language);
}

/** An amount axis's title: 金额（元） / Amount (CNY), or the given name with the currency. */
export const moneyAxisName = (name: string, language: string) => (language === 'en' ? `${name} (CNY)` : `${name}（元）`);

interface ValueAxis {
  type: 'value';
  name?: string;
  axisLabel: { formatter: (v: number) => string };
}

/** A value axis of CNY amounts in yuan: 5,000万 / 1.2亿 (zh), 50M / 1.2B (en); its name says 元 / CNY. */
export const moneyAxis = (language: string, name?: string): ValueAxis => ({
  type: 'value',
  ...(name ? { name: moneyAxisName(name, language) } : {}),
  axisLabel: { formatter: (v) => axisValue(v, 'amount', language) },
});
/** A value axis of counts: 12,345 / 1.5万. */
export const countAxis = (language: string, name?: string): ValueAxis => ({
  type: 'value',
  ...(name ? { name } : {}),
  axisLabel: { formatter: (v) => axisValue(v, 'count', language) },
});
/** A value axis of rates (fractions, 0.125 → 12.5%) or, with `kind: 'percent'`, of numbers already ×100. */
export const percentAxis = (language: string, name?: string, kind: 'rate' | 'percent' = 'rate'): ValueAxis => ({
  type: 'value',
  ...(name ? { name } : {}),
  axisLabel: { formatter: (v) => axisValue(v, kind, language) },
});
/** A value axis of scores or other plain numbers with separators (one decimal at most). */
export const scoreAxis = (language: string, name?: string): ValueAxis => ({
  type: 'value',
  ...(name ? { name } : {}),
  axisLabel: { formatter: (v) => axisValue(v, 'score', language) },
});

/** ECharts' tooltip `valueFormatter` for a kind: every tooltip writes numbers like its axis (with ¥ for amounts). */
export const tooltipValue =
  (kind: ChartValueKind, language: string) =>
  (v: unknown): string =>
    Array.isArray(v) ? v.map((x) => chartValue(x, kind, language)).join(' / ') : chartValue(v, kind, language);

/** A tier's colour, the same in both schemes' charts (and tags). */
export const tierColor = (tier: TierCode): string => tierColors[tier];

/**
 * The empty-chart rule: nothing to draw when there are no values or every value is 0 or missing
 * (a 0/0 donut or a row of zero bars says nothing); show an empty state that says why instead.
 */
export function isEmptyChart(values: Iterable<number | null | undefined>): boolean {
  for (const v of values) if (v != null && Number.isFinite(v) && v !== 0) return false;
  return true;
}

/** One tier's slice of a pyramid: its words, its count and its colour. */
export interface PyramidTier {
  name: string;
  value: number;
  color: string;
}

/**
 * A tier distribution drawn as a pyramid: a funnel in the scheme's rank order (top tier at the top,
 * `sort: 'none'`: ranked, not sorted by size), widths by customer count, counts with separators.
 * Give the tiers top → bottom.
 */
export function tierPyramidSeries(tiers: readonly PyramidTier[], language: string) {
  const max = Math.max(1, ...tiers.map((x) => x.value));
  const text = (p: { name: string; value: unknown }) => `${p.name}  ${chartValue(p.value, 'count', language)}`;
  return {
    tooltip: { trigger: 'item' as const, formatter: (p: unknown) => text(p as { name: string; value: unknown }) },
    series: [
      {
        type: 'funnel' as const,
        sort: 'none' as const,
        left: '10%',
        width: '80%',
        top: 8,
        bottom: 8,
        min: 0,
        max,
        minSize: '8%',
        maxSize: '100%',
        gap: 2,
        label: { position: 'inside' as const, formatter: text, color: '#fff', textBorderColor: 'rgba(0,0,0,0.35)', textBorderWidth: 2 },
        data: tiers.map((x) => ({ name: x.name, value: x.value, itemStyle: { color: x.color } })),
      },
    ],
  };
}

/**
 * A radar polygon that does not lie about an unmeasured axis. ECharts draws a missing value ('-')
 * at the centre, which reads as 0. Here an unmeasured vertex is put on the straight line between
 * its nearest measured neighbours, so the polygon is the measured points' shape, with no edge to
 * the centre and no vertex of its own (draw the series with `symbol: 'none'`, name the axis 未测评
 * and say so in the tooltip). Values are on one scale (the radar's common max). All unmeasured: [].
 */
export function radarPolygon(values: readonly (number | null | undefined)[]): number[] {
  const n = values.length;
  const measured = values.map((v) => v != null && Number.isFinite(v));
  if (!measured.some(Boolean)) return [];
  const step = (2 * Math.PI) / n;
  return values.map((v, i) => {
    if (measured[i]) return v!;
    let back = 1;
    while (!measured[(i - back + n) % n]) back++;
    let ahead = 1;
    while (!measured[(i + ahead) % n]) ahead++;
    const a = values[(i - back + n) % n]!;
    const b = values[(i + ahead) % n]!;
    const t1 = back * step;
    const t2 = ahead * step;
    // the chord from (a, −t1) to (b, +t2) crosses this axis at r = ab·sin(t1+t2) / (a·sin t1 + b·sin t2)
    if (t1 + t2 >= Math.PI || a + b === 0) return 0;
    return Math.round(((a * b * Math.sin(t1 + t2)) / (a * Math.sin(t1) + b * Math.sin(t2))) * 10) / 10;
  });
}

/** The empty state in a chart's place: says why there is nothing to draw (not 暂无数据). */
export function EmptyChart({ reason, testId, height }: { reason: ReactNode; testId?: string; height?: number }) {
  return (
    <div
      data-testid={testId}
      data-empty-chart="true"
      style={{ minHeight: height, display: 'flex', alignItems: 'center', justifyContent: 'center' }}
    >
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={reason} />
    </div>
  );
}

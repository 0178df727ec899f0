import { useMemo } from 'react';
import { Typography } from '@crm/ui-kit';
import { EChart, isEmptyChart, tooltipValue, type PortalChartOption } from '@crm/ui-kit/charts';

/**
 * A 12-month trend in a table cell, drawn with the kit's ECharts (its line chart, no axes): the
 * months on hover with the amount as every chart of the portal writes it (¥1.25亿 / ¥3,500万). A
 * trend that is zero throughout is not drawn: the cell says so in words.
 */
export function Sparkline({
  months,
  values,
  label,
  emptyText,
  color,
  language,
  testId,
}: {
  /** 'YYYY-MM', oldest first, one per value */
  months: readonly string[];
  values: readonly number[];
  /** the series' name in the tooltip */
  label: string;
  emptyText: string;
  color: string;
  language: string;
  testId: string;
}) {
  const option = useMemo<PortalChartOption>(
    () => ({
      animation: false,
      grid: { left: 2, right: 2, top: 3, bottom: 3 },
      xAxis: { type: 'category', show: false, boundaryGap: false, data: [...months] },
      yAxis: { type: 'value', show: false, scale: true },
      tooltip: { trigger: 'axis', confine: true, valueFormatter: tooltipValue('amount', language) },
      series: [
        {
          type: 'line',
          name: label,
          data: [...values],
          symbol: 'none',
          lineStyle: { width: 1.5, color },
          areaStyle: { opacity: 0.12, color },
        },
      ],
    }),
    [months, values, label, color, language],
  );
  if (isEmptyChart(values))
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={testId} data-empty-chart="true">
        {emptyText}
      </Typography.Text>
    );
  return (
    <div role="img" aria-label={label}>
      <EChart option={option} testId={testId} style={{ height: 28, width: 110 }} />
    </div>
  );
}

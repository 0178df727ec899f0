import { useEffect, useMemo, useState } from 'react';
import { Card, Col, Row, Statistic, bankChartPalette } from '@crm/ui-kit';
import { EChart, EmptyChart, chartValue, isEmptyChart, type PortalChartOption } from '@crm/ui-kit/charts';

interface PieParam {
  name: string;
  value: unknown;
  percent?: number;
}
/** 个人 1,234 (62.5%): the count with separators and its share. */
const pieText = (p: PieParam, lang: string, sep = ': ') =>
  `${p.name}${sep}${chartValue(p.value, 'count', lang)}${p.percent == null ? '' : ` (${chartValue(p.percent, 'percent', lang)})`}`;
import { useOutletTranslation } from '../outlet.i18n';
import type { CustomerCounts } from './customers.queries';

/** Counts of the staff member's scoped customers and the individual / corporate split. */
export function CustomerSummaryCard({
  counts,
  loading,
  chartAfter = true,
}: {
  counts: CustomerCounts | undefined;
  loading: boolean;
  /** false until the page's first rows are on screen: the chart (and echarts) is drawn after them */
  chartAfter?: boolean;
}) {
  const { t, i18n } = useOutletTranslation();
  const lang = i18n.language;
  // drawn once the rows have been painted (a frame, then a task), so echarts never delays them
  const [drawn, setDrawn] = useState(chartAfter);
  useEffect(() => {
    if (!chartAfter || drawn) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setDrawn(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
    };
  }, [chartAfter, drawn]);
  const option = useMemo<PortalChartOption>(
    () => ({
      color: [bankChartPalette[0], bankChartPalette[1]],
      tooltip: { trigger: 'item', formatter: (p) => pieText(p as PieParam, lang) },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['38%', '64%'],
          center: ['50%', '45%'],
          label: { formatter: (p) => pieText(p as PieParam, lang, '\n') },
          data: [
            { name: t('individual'), value: counts?.individual ?? 0 },
            { name: t('corporate'), value: counts?.corporate ?? 0 },
          ],
        },
      ],
    }),
    [counts, t, lang],
  );

  return (
    <Card size="small" title={t('summaryTitle')} loading={loading && !counts}>
      <Row gutter={[16, 8]} align="middle">
        <Col xs={24} md={14}>
          <Row gutter={[16, 16]}>
            <Col span={8}>
              <Statistic title={t('total')} value={counts?.total ?? 0} valueRender={(v) => <span data-testid="customer-total">{v}</span>} />
            </Col>
            <Col span={8}>
              <Statistic title={t('individual')} value={counts?.individual ?? 0} />
            </Col>
            <Col span={8}>
              <Statistic title={t('corporate')} value={counts?.corporate ?? 0} />
            </Col>
            <Col span={8}>
              <Statistic title={t('active')} value={counts?.active ?? 0} />
            </Col>
            <Col span={8}>
              <Statistic title={t('dormant')} value={counts?.dormant ?? 0} />
            </Col>
            <Col span={8}>
              <Statistic title={t('closed')} value={counts?.closed ?? 0} />
            </Col>
          </Row>
        </Col>
        <Col xs={24} md={10}>
          {/* no 0/0 donut: with no customers (or before the counts) an empty state says why */}
          {counts && !isEmptyChart([counts.individual, counts.corporate]) ? (
            drawn ? (
              <EChart option={option} testId="customer-pie" style={{ height: 200 }} />
            ) : (
              <div style={{ height: 200 }} />
            )
          ) : (
            counts && <EmptyChart testId="customer-pie" reason={t('empty')} height={200} />
          )}
        </Col>
      </Row>
    </Card>
  );
}

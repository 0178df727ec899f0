import { useMemo } from 'react';
import { Card, Col, Row, Statistic, bankChartPalette } from '@crm/ui-kit';
import { EChart, type PortalChartOption } from '@crm/ui-kit/charts';
import { useOutletTranslation } from '../outlet.i18n';
import type { CustomerCounts } from './customers.queries';

/** Counts of the staff member's scoped customers and the individual / corporate split. */
export function CustomerSummaryCard({ counts, loading }: { counts: CustomerCounts | undefined; loading: boolean }) {
  const { t } = useOutletTranslation();
  const option = useMemo<PortalChartOption>(
    () => ({
      color: [bankChartPalette[0], bankChartPalette[1]],
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['38%', '64%'],
          center: ['50%', '45%'],
          label: { formatter: '{b}\n{c}' },
          data: [
            { name: t('individual'), value: counts?.individual ?? 0 },
            { name: t('corporate'), value: counts?.corporate ?? 0 },
          ],
        },
      ],
    }),
    [counts, t],
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
          <EChart option={option} testId="customer-pie" style={{ height: 200 }} />
        </Col>
      </Row>
    </Card>
  );
}

import { useMemo } from 'react';
import { Card, Col, Empty, Row, Table, Typography, bankChartPalette, count, type TableColumnsType } from '@crm/ui-kit';
import { EChart, type PortalChartOption } from '@crm/ui-kit/charts';
import { useHeadOfficeTranslation } from '../head-office.i18n';
import { orderedTiers } from '../dashboard/dashboard.charts';
import type { TierScheme } from './policy.model';
import type { TierMove, TierPolicyPreview } from './policy.queries';

/** What applying the draft would do: moves (from → to, counts) and before/after bars per tier. */
export function PreviewResult({ preview, scheme }: { preview: TierPolicyPreview; scheme: TierScheme }) {
  const { t, i18n } = useHeadOfficeTranslation();
  const lng = i18n.language;
  const label = (tier: string | null) => (tier ? t(`Tier_${tier}`) : t('untiered'));
  const moves = useMemo(() => [...preview.moves].filter((m) => m.from !== m.to).sort((a, b) => b.customers - a.customers), [preview]);
  const option = useMemo<PortalChartOption>(() => {
    const tiers = orderedTiers(
      [...new Set([...preview.before, ...preview.after].map((x) => x.tier))].map((tier) => ({ tier, customers: 0 })),
      scheme,
    ).map((x) => x.tier);
    const of = (list: typeof preview.before, tier: string) => list.find((x) => x.tier === tier)?.customers ?? 0;
    return {
      color: [bankChartPalette[4], bankChartPalette[0]],
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 16, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: tiers.map((x) => t(`Tier_${x}`)) },
      yAxis: { type: 'value' },
      series: [
        { type: 'bar', name: t('before'), data: tiers.map((x) => of(preview.before, x)), barMaxWidth: 28 },
        { type: 'bar', name: t('after'), data: tiers.map((x) => of(preview.after, x)), barMaxWidth: 28 },
      ],
    };
  }, [preview, scheme, t]);

  const columns: TableColumnsType<TierMove> = [
    { title: t('colFrom'), dataIndex: 'from', render: (v: string | null) => label(v) },
    { title: t('colTo'), dataIndex: 'to', render: (v: string) => label(v) },
    { title: t('colMoveCustomers'), dataIndex: 'customers', align: 'right', render: (v: number) => count(v, lng) },
  ];

  return (
    <Card size="small" data-testid="policy-preview-result" title={t('previewTitle', { asOf: preview.asOf })} style={{ marginTop: 12 }}>
      <Typography.Paragraph data-testid="policy-preview-summary">
        {t('previewSummary', { customers: count(preview.customers, lng), moving: count(preview.moving, lng) })}
      </Typography.Paragraph>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={10}>
          <Table<TierMove>
            data-testid="policy-preview-moves"
            size="small"
            rowKey={(m) => `${m.from ?? '-'}>${m.to}`}
            columns={columns}
            dataSource={moves}
            pagination={false}
            locale={{ emptyText: <Empty description={t('noMoves')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
          />
        </Col>
        <Col xs={24} lg={14}>
          <EChart option={option} testId="policy-preview-chart" style={{ height: 260 }} />
        </Col>
      </Row>
    </Card>
  );
}

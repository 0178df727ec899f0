import { useMemo } from 'react';
import { Card, Col, Empty, Row, tierColors, tierOrder, unitName } from '@crm/ui-kit';
import { EChart, type PortalChartOption } from '@crm/ui-kit/charts';
import { useBranchTranslation } from '../branch.i18n';
import type { CockpitUnit, Rollup } from './cockpit.queries';

const countOf = (r: Rollup, tier: string) => r.tiers.find((c) => c.tier === tier)?.customers ?? 0;

/** The unit's tier mix (pie) and each child's (stacked bar), top tier first, in the scheme's order. */
export function TierDistributionCard({ unit }: { unit: CockpitUnit }) {
  const { t, i18n } = useBranchTranslation();
  const lang = i18n.language;
  const rollup = unit.rollup!;
  const order = useMemo(
    () => tierOrder([...rollup.tiers.map((c) => c.tier), ...unit.childRollups.flatMap((r) => r.tiers.map((c) => c.tier))]),
    [rollup, unit.childRollups],
  );
  // no children (an outlet): the stacked bar shows the unit itself
  const bars = useMemo(
    () =>
      unit.childRollups.length
        ? unit.childRollups.map((r) => ({ name: unitName(r.orgUnit, lang), r: r as Rollup }))
        : [{ name: unitName(unit, lang), r: rollup }],
    [unit, rollup, lang],
  );

  const pie = useMemo<PortalChartOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0, type: 'scroll' },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          center: ['50%', '45%'],
          name: unitName(unit, lang),
          data: order
            .map((tier) => ({ name: t(`Tier_${tier}`), value: countOf(rollup, tier), itemStyle: { color: tierColors[tier] } }))
            .filter((d) => d.value > 0),
        },
      ],
    }),
    [order, rollup, unit, lang, t],
  );

  const stacked = useMemo<PortalChartOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 48, right: 16, top: 16, bottom: 56 },
      xAxis: { type: 'category', data: bars.map((b) => b.name), axisLabel: { interval: 0, rotate: bars.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', name: t('customers') },
      series: order.map((tier) => ({
        type: 'bar',
        stack: 'tiers',
        name: t(`Tier_${tier}`),
        itemStyle: { color: tierColors[tier] },
        barMaxWidth: 40,
        data: bars.map((b) => countOf(b.r, tier)),
      })),
    }),
    [order, bars, t],
  );

  const tiered = rollup.tiers.reduce((s, c) => s + c.customers, 0);
  return (
    <Card size="small" title={t('tierTitle')} data-testid="tier-distribution">
      {tiered === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noTiers')} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={9}>
            <EChart option={pie} testId="branch-tier-pie" style={{ height: 280 }} />
          </Col>
          <Col xs={24} lg={15}>
            <EChart option={stacked} testId="branch-tier-chart" style={{ height: 280 }} />
          </Col>
        </Row>
      )}
    </Card>
  );
}

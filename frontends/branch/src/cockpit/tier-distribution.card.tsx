import { useMemo } from 'react';
import { Card, Col, Empty, Row, tierColors, tierOrder, unitName } from '@crm/ui-kit';
import { EChart, countAxis, tierPyramidSeries, tooltipValue, type PortalChartOption } from '@crm/ui-kit/charts';
import { useBranchTranslation } from '../branch.i18n';
import type { CockpitUnit, Rollup } from './cockpit.queries';

const countOf = (r: Rollup, tier: string) => r.tiers.find((c) => c.tier === tier)?.customers ?? 0;

/** The unit's tier mix (a pyramid) and each child's (stacked bar), top tier first, in the scheme's order. */
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

  // the unit's tiers as a pyramid, top tier at the top in the scheme's rank (every tier, an empty one as 0)
  const pie = useMemo<PortalChartOption>(
    () =>
      tierPyramidSeries(
        order.map((tier) => ({ name: t(`Tier_${tier}`), value: countOf(rollup, tier), color: tierColors[tier] })),
        lang,
      ),
    [order, rollup, lang, t],
  );

  const stacked = useMemo<PortalChartOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: tooltipValue('count', lang) },
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 48, right: 16, top: 16, bottom: 56 },
      xAxis: { type: 'category', data: bars.map((b) => b.name), axisLabel: { interval: 0, rotate: bars.length > 6 ? 30 : 0 } },
      yAxis: countAxis(lang, t('customers')),
      series: order.map((tier) => ({
        type: 'bar',
        stack: 'tiers',
        name: t(`Tier_${tier}`),
        itemStyle: { color: tierColors[tier] },
        barMaxWidth: 40,
        data: bars.map((b) => countOf(b.r, tier)),
      })),
    }),
    [order, bars, t, lang],
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

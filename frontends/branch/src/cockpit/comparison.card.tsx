import { useMemo, useState } from 'react';
import { Card, Empty, Flex, Segmented, Table, Typography, bankChartPalette, unitName, type TableColumnsType } from '@crm/ui-kit';
import { EChart, countAxis, moneyAxis, scoreAxis, tooltipValue, type ChartValueKind, type PortalChartOption } from '@crm/ui-kit/charts';
import { useBranchTranslation } from '../branch.i18n';
import { branchPath, linkClick } from '../routing/branch.routes';
import type { ChildRollup, CockpitUnit } from './cockpit.queries';
import { MEASURE_KEYS, measureExact, measureText, type MeasureKey } from './measures';

/** How each measure's numbers read on the chart: amounts in yuan (万/亿, ¥ in the tooltip), counts, scores. */
const measureKind: Record<MeasureKey, ChartValueKind> = {
  customers: 'count',
  deposits: 'amount',
  loans: 'amount',
  weightedAssets: 'amount',
  contribution: 'amount',
  avgSatisfaction: 'score',
  complaintRate: 'score',
  churnRisk: 'count',
};
const measureAxis = (m: MeasureKey, lang: string, name: string) =>
  measureKind[m] === 'amount' ? moneyAxis(lang, name) : measureKind[m] === 'count' ? countAxis(lang, name) : scoreAxis(lang, name);

/**
 * The children of the unit looked at (`unit` is the drilled unit: its own `childRollups`) on the same
 * measures: a sortable table (with the unit's own total) and a bar chart of one measure. The table fits
 * its card at 1360 px without scrolling: amounts in 万/亿 with the unit in the figure (the exact ¥ in the
 * cell's title), each child's level under its name rather than in a column of its own, names and
 * headers wrapping rather than widening the table.
 */
export function ComparisonCard({ unit, basePath }: { unit: CockpitUnit; basePath: string }) {
  const { t, i18n } = useBranchTranslation();
  const lang = i18n.language;
  const [measure, setMeasure] = useState<MeasureKey>('customers');
  const rows = unit.childRollups;

  const columns = useMemo<TableColumnsType<ChildRollup>>(
    () => [
      {
        title: t('colUnit'),
        key: 'unit',
        width: 200,
        render: (_, r) => {
          // every child, an outlet too: its own roll-up, tier mix and churn list
          const path = branchPath(basePath, { name: 'unit', id: r.orgUnit.id });
          return (
            <Flex vertical>
              <a href={path} onClick={linkClick(path)} data-testid="drill-unit">
                {unitName(r.orgUnit, lang)}
              </a>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="unit-level">
                {t(`OrgLevel_${r.orgUnit.level}`)}
              </Typography.Text>
            </Flex>
          );
        },
      },
      ...MEASURE_KEYS.map((key) => ({
        title: t(key),
        key,
        align: 'right' as const,
        sorter: (a: ChildRollup, b: ChildRollup) => (a[key] ?? -Infinity) - (b[key] ?? -Infinity),
        render: (_: unknown, r: ChildRollup) => (
          <span data-measure={key} title={measureExact(r, key, lang)} style={{ whiteSpace: 'nowrap' }}>
            {measureText(r, key, lang)}
          </span>
        ),
      })),
    ],
    [t, lang, basePath],
  );

  const option = useMemo<PortalChartOption>(
    () => ({
      color: [bankChartPalette[0]],
      tooltip: { trigger: 'axis', valueFormatter: tooltipValue(measureKind[measure], lang) },
      grid: { left: 56, right: 16, top: 24, bottom: 48 },
      xAxis: {
        type: 'category',
        data: rows.map((r) => unitName(r.orgUnit, lang)),
        axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 },
      },
      yAxis: measureAxis(measure, lang, t(measure).replace(/（.*）|\s\(.*\)/, '')),
      // amounts in yuan: the axis writes them in 万/亿 (the table keeps its unit)
      series: [{ type: 'bar', name: t(measure), barMaxWidth: 40, data: rows.map((r) => r[measure] ?? null) }],
    }),
    [rows, measure, lang, t],
  );

  const total = unit.rollup;
  return (
    <Card
      size="small"
      title={t('comparisonTitle')}
      data-testid="comparison-card"
      extra={
        rows.length > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('drillHint')}
          </Typography.Text>
        )
      }
    >
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noChildren')} />
      ) : (
        <Flex vertical gap={12}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text type="secondary">{t('comparisonMeasure')}</Typography.Text>
            <Segmented
              size="small"
              value={measure}
              onChange={(v) => setMeasure(v as MeasureKey)}
              data-testid="comparison-measure"
              // eight measures in a row: on a narrow screen they scroll in their own strip, never the page
              style={{ maxWidth: '100%', overflowX: 'auto' }}
              options={MEASURE_KEYS.map((k) => ({ value: k, label: t(k).replace(/（.*）|\s\(.*\)/, '') }))}
            />
          </Flex>
          <EChart option={option} testId="branch-comparison-chart" style={{ height: 260 }} />
          <Table<ChildRollup>
            data-testid="branch-comparison"
            size="small"
            rowKey={(r) => r.orgUnit.id}
            columns={columns}
            dataSource={rows}
            pagination={false}
            // width auto within the card: a long name or header wraps; it scrolls inside the card only on a screen narrower than its words
            scroll={{ x: true }}
            summary={() =>
              total && (
                <Table.Summary.Row data-testid="comparison-total">
                  <Table.Summary.Cell index={0}>
                    <Typography.Text strong>{t('total', { name: unitName(unit, lang) })}</Typography.Text>
                  </Table.Summary.Cell>
                  {MEASURE_KEYS.map((k, i) => (
                    <Table.Summary.Cell key={k} index={i + 1} align="right">
                      <Typography.Text strong data-measure={k} title={measureExact(total, k, lang)} style={{ whiteSpace: 'nowrap' }}>
                        {measureText(total, k, lang)}
                      </Typography.Text>
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              )
            }
          />
        </Flex>
      )}
    </Card>
  );
}

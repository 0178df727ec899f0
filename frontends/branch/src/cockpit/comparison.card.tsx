import { useMemo, useState } from 'react';
import { Card, Empty, Flex, Segmented, Table, Typography, bankChartPalette, unitName, type TableColumnsType } from '@crm/ui-kit';
import { EChart, countAxis, moneyAxis, scoreAxis, tooltipValue, type ChartValueKind, type PortalChartOption } from '@crm/ui-kit/charts';
import { useBranchTranslation } from '../branch.i18n';
import { branchPath, linkClick } from '../routing/branch.routes';
import type { ChildRollup, CockpitUnit } from './cockpit.queries';
import { MEASURE_KEYS, measureText, type MeasureKey } from './measures';

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

/** The unit's children on the same measures: a sortable table (with the unit's own total) and a bar chart of one measure. */
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
        fixed: 'left',
        width: 160,
        render: (_, r) => {
          // every child, an outlet too: its own roll-up, tier mix and churn list
          const path = branchPath(basePath, { name: 'unit', id: r.orgUnit.id });
          return (
            <a href={path} onClick={linkClick(path)} data-testid="drill-unit">
              {unitName(r.orgUnit, lang)}
            </a>
          );
        },
      },
      { title: t('colLevel'), key: 'level', width: 80, render: (_, r) => t(`OrgLevel_${r.orgUnit.level}`) },
      ...MEASURE_KEYS.map((key) => ({
        title: t(key),
        key,
        align: 'right' as const,
        sorter: (a: ChildRollup, b: ChildRollup) => (a[key] ?? -Infinity) - (b[key] ?? -Infinity),
        render: (_: unknown, r: ChildRollup) => measureText(r, key, lang),
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
            scroll={{ x: 'max-content' }}
            summary={() =>
              total && (
                <Table.Summary.Row data-testid="comparison-total">
                  <Table.Summary.Cell index={0} colSpan={2}>
                    <Typography.Text strong>{t('total', { name: unitName(unit, lang) })}</Typography.Text>
                  </Table.Summary.Cell>
                  {MEASURE_KEYS.map((k, i) => (
                    <Table.Summary.Cell key={k} index={i + 2} align="right">
                      <Typography.Text strong>{measureText(total, k, lang)}</Typography.Text>
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

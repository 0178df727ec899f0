import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import {
  Alert,
  Button,
  Card,
  Flex,
  Select,
  Table,
  Tag,
  Typography,
  bankChartPalette,
  bankTimeZone,
  errorText,
  serverPagination,
  unitName,
  type TableColumnsType,
} from '@crm/ui-kit';
import { EChart, scoreAxis, tooltipValue, type PortalChartOption } from '@crm/ui-kit/charts';
import { useBranchTranslation } from '../branch.i18n';
import {
  SCORECARD_MEASURES,
  SCORECARD_PAGE_SIZE,
  ScorecardsQuery,
  type Scorecard,
  type ScorecardLine,
  type ScorecardManager,
} from './managers.queries';
import { lineOf, measureValue, percent, pointsText } from './scorecard.format';

/** The month it is in Beijing and the eleven before it, newest first: 'YYYY-MM'. */
export function scorecardMonths(now = new Date()): string[] {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: bankTimeZone, year: 'numeric', month: '2-digit' })
    .format(now)
    .split('-')
    .map(Number);
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 1 - i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

/**
 * The managers of the unit looked at (`orgUnitId`; null: the caller's whole scope) compared on the
 * month's scorecard (`scorecards`, highest total first, server-paged): each measure's achievement
 * against target (the figures in the cell's title, the whole card when a row is opened), the penalty,
 * the total out of the weights scored, and a bar of the totals. A leader who may reassign
 * (`onReassign`) gets 调整客户 on each row.
 */
export function ScorecardsCard({
  orgUnitId,
  scope,
  onReassign,
  refreshKey = 0,
}: {
  orgUnitId: string | null;
  /** the unit looked at, in words */
  scope?: string;
  /** offered only to PORTFOLIO_REASSIGN holders */
  onReassign?: (manager: ScorecardManager) => void;
  /** bumped after a move: the portfolios changed */
  refreshKey?: number;
}) {
  const { t, i18n } = useBranchTranslation();
  const lang = i18n.language;
  const months = useMemo(() => scorecardMonths(), []);
  // the month just closed: the current one has no month-end balances yet, nor targets
  const [period, setPeriod] = useState(months[1] ?? months[0]);
  const [page, setPage] = useState(1);
  const context = useMemo(() => ({ refreshKey, requestPolicy: refreshKey ? ('network-only' as const) : undefined }), [refreshKey]);
  const [{ data, fetching, error }] = useQuery({ query: ScorecardsQuery, variables: { orgUnitId, period, page }, context });
  const result = data?.scorecards;
  const items = useMemo(() => result?.items ?? [], [result]);

  const columns = useMemo<TableColumnsType<Scorecard>>(
    () => [
      {
        title: t('colManager'),
        key: 'manager',
        width: 180,
        render: (_, s) => (
          <Flex vertical>
            <Typography.Text strong data-testid="scorecard-manager">
              {s.manager.staff.name}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('managerMeta', {
                unit: unitName(s.manager.orgUnit, lang),
                employment: t(`ManagerEmployment_${s.manager.employment}`),
                grade: t(`ManagerGrade_${s.manager.grade}`),
              })}
            </Typography.Text>
          </Flex>
        ),
      },
      { title: t('colCustomers'), key: 'customers', width: 72, align: 'right', render: (_, s) => s.customers },
      ...SCORECARD_MEASURES.map((measure) => ({
        title: <span title={t(`MeasureFull_${measure}`)}>{t(`Measure_${measure}`)}</span>,
        key: measure,
        width: 84,
        align: 'right' as const,
        render: (_: unknown, s: Scorecard) => <MeasureCell line={lineOf(s.lines, measure)} />,
      })),
      {
        title: t('colTotal'),
        key: 'total',
        width: 96,
        align: 'right',
        render: (_, s) =>
          s.total == null ? (
            <Tag style={{ marginInlineEnd: 0 }}>{t('notScoredYet')}</Tag>
          ) : (
            <Flex vertical align="end" data-testid="scorecard-total">
              <Typography.Text strong>{pointsText(s.total)}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('totalOf', { weight: decimalWeight(s.scoredWeight) })}
              </Typography.Text>
            </Flex>
          ),
      },
      ...(onReassign
        ? [
            {
              title: t('colActions'),
              key: 'actions',
              width: 96,
              render: (_: unknown, s: Scorecard) => (
                <Button size="small" data-testid={`reassign-${s.manager.id}`} onClick={() => onReassign(s.manager)}>
                  {t('reassign')}
                </Button>
              ),
            },
          ]
        : []),
    ],
    [t, lang, onReassign],
  );

  const scored = items.filter((s) => s.total != null);
  const chart = useMemo<PortalChartOption>(
    () => ({
      color: [bankChartPalette[0]],
      tooltip: { trigger: 'axis', valueFormatter: tooltipValue('score', lang) },
      grid: { left: 88, right: 24, top: 8, bottom: 32 },
      xAxis: scoreAxis(lang),
      // highest at the top
      yAxis: { type: 'category', inverse: true, data: scored.map((s) => s.manager.staff.name) },
      series: [{ type: 'bar', name: t('colTotal'), data: scored.map((s) => s.total), barMaxWidth: 18 }],
    }),
    [scored, t, lang],
  );

  return (
    <Card
      size="small"
      title={t('managersTitle')}
      data-testid="scorecards-card"
      extra={
        <Flex gap={8} align="center" wrap>
          {scope && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('managersScopeOf', { unit: scope })}
            </Typography.Text>
          )}
          <Select
            size="small"
            data-testid="scorecard-period"
            aria-label={t('period')}
            value={period}
            onChange={(p: string) => {
              setPeriod(p);
              setPage(1);
            }}
            options={months.map((m) => ({ value: m, label: m }))}
            style={{ width: 110 }}
          />
        </Flex>
      }
    >
      {error && !result && (
        <Alert type="error" showIcon title={t('managersLoadFailed')} description={errorText(error)} style={{ marginBottom: 8 }} />
      )}
      <Table<Scorecard>
        data-testid="scorecards"
        size="small"
        rowKey={(s) => s.manager.id}
        loading={fetching}
        columns={columns}
        dataSource={items}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (s) => <ScorecardLines lines={s.lines} /> }}
        locale={{ emptyText: t('noManagers') }}
        pagination={{
          ...serverPagination({ page, pageSize: SCORECARD_PAGE_SIZE }, result?.total ?? 0, (next) => setPage(next.page), t),
          showSizeChanger: false,
        }}
      />
      {scored.length > 1 && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text strong>{t('scoreChart')}</Typography.Text>
          <EChart option={chart} testId="scorecard-chart" style={{ height: Math.max(120, 28 * scored.length + 40) }} />
        </div>
      )}
    </Card>
  );
}

const decimalWeight = (w: number) => (Number.isInteger(w) ? String(w) : w.toFixed(1));

/** A measure in the table: its achievement against target (the penalty: the points taken off), the figures in the title. */
function MeasureCell({ line }: { line: ScorecardLine | undefined }) {
  const { t, i18n } = useBranchTranslation();
  const lang = i18n.language;
  if (!line) return <span>—</span>;
  if (line.penalty) {
    const off = line.points ?? 0;
    return (
      <span
        data-measure={line.measure}
        title={t('penaltyTitle', {
          actual: measureValue(line.measure, line.actual, lang),
          points: pointsText(Math.abs(off)),
          weight: line.weight,
        })}
        style={{ whiteSpace: 'nowrap', color: off < 0 ? '#b42318' : undefined }}
      >
        {off < 0 ? `−${pointsText(Math.abs(off))}` : '0'}
      </span>
    );
  }
  if (line.achievement == null) {
    return (
      <Typography.Text type="secondary" data-measure={line.measure} style={{ whiteSpace: 'nowrap', fontSize: 12 }}>
        {line.actual == null ? t('notMeasured') : measureValue(line.measure, line.actual, lang)}
      </Typography.Text>
    );
  }
  return (
    <span
      data-measure={line.measure}
      title={t('achievementTitle', {
        actual: measureValue(line.measure, line.actual, lang),
        target: measureValue(line.measure, line.target, lang),
        rate: percent(line.achievement, 1),
        points: pointsText(line.points),
      })}
      style={{ whiteSpace: 'nowrap', color: line.achievement < 1 ? '#b42318' : undefined }}
    >
      {percent(line.achievement)}
    </span>
  );
}

/** The whole card of one manager: every measure's actual, target, achievement, weight and points. */
function ScorecardLines({ lines }: { lines: readonly ScorecardLine[] }) {
  const { t, i18n } = useBranchTranslation();
  const lang = i18n.language;
  return (
    <Table<ScorecardLine>
      size="small"
      data-testid="scorecard-lines"
      rowKey="measure"
      pagination={false}
      dataSource={[...lines]}
      columns={[
        { title: t('lineMeasure'), key: 'm', render: (_, l) => t(`MeasureFull_${l.measure}`) },
        { title: t('lineActual'), key: 'a', align: 'right', render: (_, l) => measureValue(l.measure, l.actual, lang) },
        { title: t('lineTarget'), key: 't', align: 'right', render: (_, l) => (l.penalty ? '—' : measureValue(l.measure, l.target, lang)) },
        { title: t('lineAchievement'), key: 'r', align: 'right', render: (_, l) => percent(l.achievement, 1) },
        { title: t('lineWeight'), key: 'w', align: 'right', render: (_, l) => decimalWeight(l.weight) },
        { title: t('linePoints'), key: 'p', align: 'right', render: (_, l) => pointsText(l.points) },
      ]}
    />
  );
}

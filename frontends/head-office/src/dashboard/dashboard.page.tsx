import { useMemo, useState } from 'react';
import { InboxOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Segmented,
  Select,
  Statistic,
  Table,
  Typography,
  count,
  decimal,
  moneyCompact,
  nameIn,
  unitName,
  type TableColumnsType,
} from '@crm/ui-kit';
import { EChart, isEmptyChart } from '@crm/ui-kit/charts';
import { can, type RemotePageProps } from '@crm/shared-types';
import { useHeadOfficeTranslation } from '../head-office.i18n';
import { PageTitle, errorText } from '@crm/ui-kit';
import { RecomputeCard } from '../recompute/recompute.card';
import { orderedTiers } from './dashboard.charts';
import { BRANCH_METRICS, branchOption, metricLabelKey, pyramidOption, trendsOption, type BranchMetric } from './dashboard.charts';
import { DashboardQuery, MAX_TREND_POINTS, trendsQuery, trendsVariables, type OrgRollup, type TrendPoint } from './dashboard.queries';

/** An empty state that says why (antd's default image would also say 暂无数据 in its title). */
function WhyEmpty({ reason }: { reason: string }) {
  return <Empty image={<InboxOutlined aria-hidden style={{ fontSize: 40, color: '#bfc6d1' }} />} description={reason} />;
}

/** Bank-wide dashboard: tier pyramid, branch comparison, trends, and the recompute card. */
export function DashboardPage({ shellNavigation, user, pollMs }: RemotePageProps & { pollMs?: number }) {
  const { t, i18n } = useHeadOfficeTranslation();
  const lng = i18n.language;
  const [asOf, setAsOf] = useState<string | null>(null);
  const [metric, setMetric] = useState<BranchMetric>('customers');
  const [result, reexecute] = useQuery({
    query: DashboardQuery,
    variables: { asOf },
    requestPolicy: 'cache-and-network',
  });
  const data = result.data;
  const dates = useMemo(() => data?.scoreAsOfDates ?? [], [data]);
  const trendDates = useMemo(() => dates.slice(0, MAX_TREND_POINTS).reverse(), [dates]); // oldest first
  const trendDoc = useMemo(() => trendsQuery(Math.max(trendDates.length, 1)), [trendDates.length]);
  const [trends, reexecuteTrends] = useQuery({
    query: trendDoc,
    variables: trendsVariables(trendDates),
    pause: trendDates.length < 2,
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => {
    reexecute({ requestPolicy: 'network-only' });
    if (trendDates.length >= 2) reexecuteTrends({ requestPolicy: 'network-only' });
  };

  // Loading is not "no data": skeletons until the first answer; empty states only when the answer is empty, saying why
  const loading = !data && !result.error;
  const trendsLoading = loading || (trendDates.length >= 2 && !trends.data && !trends.error);
  const scheme = data?.activeTierPolicy?.scheme;
  const rollup = data?.myOrgUnit.rollup ?? null;
  const children = data?.myOrgUnit.childRollups ?? [];
  const name = (r: OrgRollup) => unitName(r.orgUnit, lng);
  const pyramid = useMemo(() => pyramidOption(rollup?.tiers ?? [], scheme, t, lng), [rollup, scheme, t, lng]);
  const branches = useMemo(() => branchOption(children, metric, name, t, lng), [children, metric, lng, t]); // eslint-disable-line react-hooks/exhaustive-deps
  const trendPoints = useMemo(
    () => trendDates.map((_, i) => trends.data?.myOrgUnit?.[`r${i}`]).filter((p): p is TrendPoint => !!p),
    [trends.data, trendDates],
  );
  const trendChart = useMemo(() => trendsOption(trendPoints, scheme, t, lng), [trendPoints, scheme, t, lng]);

  const topTwo = (r: OrgRollup) =>
    orderedTiers(r.tiers, scheme)
      .slice(0, 2)
      .reduce((s, x) => s + x.customers, 0);
  const childrenEmpty = !rollup ? t('noScores') : t('noChildUnits');
  const columns: TableColumnsType<OrgRollup> = [
    { title: t('colUnit'), key: 'unit', render: (_, r) => name(r), fixed: 'left' },
    {
      title: t('colCustomers'),
      dataIndex: 'customers',
      align: 'right',
      render: (v: number) => count(v, lng),
      sorter: (a, b) => a.customers - b.customers,
    },
    { title: t('colTopTier'), key: 'top', align: 'right', render: (_, r) => count(topTwo(r), lng) },
    {
      title: t('colDeposits'),
      dataIndex: 'deposits',
      align: 'right',
      render: (v: number) => moneyCompact(v, lng),
      sorter: (a, b) => a.deposits - b.deposits,
    },
    {
      title: t('colLoans'),
      dataIndex: 'loans',
      align: 'right',
      render: (v: number) => moneyCompact(v, lng),
      sorter: (a, b) => a.loans - b.loans,
    },
    {
      title: t('colWeightedAssets'),
      dataIndex: 'weightedAssets',
      align: 'right',
      render: (v: number) => moneyCompact(v, lng),
      sorter: (a, b) => a.weightedAssets - b.weightedAssets,
    },
    {
      title: t('colContribution'),
      dataIndex: 'contribution',
      align: 'right',
      render: (v: number) => moneyCompact(v, lng),
      sorter: (a, b) => a.contribution - b.contribution,
    },
    {
      title: t('colSatisfaction'),
      dataIndex: 'avgSatisfaction',
      align: 'right',
      render: (v: number | null) => decimal(v, 1),
      sorter: (a, b) => (a.avgSatisfaction ?? 0) - (b.avgSatisfaction ?? 0),
    },
    {
      title: t('colComplaintRate'),
      dataIndex: 'complaintRate',
      align: 'right',
      render: (v: number) => decimal(v, 2),
      sorter: (a, b) => a.complaintRate - b.complaintRate,
    },
    { title: t('colChurnRisk'), dataIndex: 'churnRisk', align: 'right', render: (v: number) => count(v, lng) },
  ];

  return (
    <div data-testid="head-office-dashboard" data-loading={loading} aria-busy={loading}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <div>
          <PageTitle shellNavigation={shellNavigation}>{t('dashboardTitle')}</PageTitle>
          {data && (
            <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }} data-testid="dashboard-unit">
              {unitName(data.myOrgUnit, lng)}
            </Typography.Title>
          )}
          <Typography.Text type="secondary" data-testid="active-policy">
            {data?.activeTierPolicy
              ? t('activePolicy', {
                  name: nameIn(data.activeTierPolicy, lng),
                  scheme: t(`TierScheme_${data.activeTierPolicy.scheme}`),
                  version: data.activeTierPolicy.policyVersion,
                })
              : data
                ? t('noActivePolicy')
                : ''}
          </Typography.Text>
        </div>
        <Flex gap={8} align="center">
          <Typography.Text>{t('asOf')}</Typography.Text>
          <Select
            data-testid="asof-select"
            aria-label={t('asOf')}
            style={{ width: 140 }}
            value={asOf ?? rollup?.asOf ?? dates[0]}
            options={dates.map((d) => ({ value: d, label: d }))}
            onChange={(v: string) => setAsOf(v)}
            disabled={dates.length < 2}
          />
        </Flex>
      </Flex>
      {result.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('loadFailed', { message: errorText(result.error) })}
          action={
            <Button size="small" onClick={refresh}>
              {t('retry')}
            </Button>
          }
        />
      )}
      {data && !rollup && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('noScores')} />}
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={16}>
          <Card size="small" loading={loading}>
            <Row gutter={[16, 16]}>
              <Col xs={12} md={8}>
                <Statistic
                  title={t('totalCustomers')}
                  value={rollup?.customers ?? 0}
                  valueRender={(v) => <span data-testid="total-customers">{v}</span>}
                />
              </Col>
              <Col xs={12} md={8}>
                <Statistic title={t('totalDeposits')} value={moneyCompact(rollup?.deposits, lng)} />
              </Col>
              <Col xs={12} md={8}>
                <Statistic title={t('totalLoans')} value={moneyCompact(rollup?.loans, lng)} />
              </Col>
              <Col xs={12} md={8}>
                <Statistic title={t('totalWeightedAssets')} value={moneyCompact(rollup?.weightedAssets, lng)} />
              </Col>
              <Col xs={12} md={8}>
                <Statistic title={t('totalContribution')} value={moneyCompact(rollup?.contribution, lng)} />
              </Col>
              <Col xs={12} md={8}>
                <Statistic title={t('churnRiskCount')} value={rollup?.churnRisk ?? 0} />
              </Col>
            </Row>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <RecomputeCard compact onFinished={refresh} pollMs={pollMs} mayStart={can(user, 'SCORE_RECOMPUTE')} />
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('pyramidTitle')} loading={loading}>
            {rollup && !isEmptyChart(rollup.tiers.map((x) => x.customers)) ? (
              <EChart option={pyramid} testId="tier-pyramid" style={{ height: 300 }} />
            ) : (
              <div data-testid="tier-pyramid">{data && <WhyEmpty reason={rollup ? t('noTierCounts') : t('noScores')} />}</div>
            )}
            <ul
              data-testid="tier-counts"
              style={{ display: 'flex', flexWrap: 'wrap', gap: 12, listStyle: 'none', padding: 0, margin: '8px 0 0' }}
            >
              {orderedTiers(rollup?.tiers ?? [], scheme).map((x) => (
                <li key={x.tier} data-testid={`tier-count-${x.tier}`} data-count={x.customers}>
                  <Typography.Text type="secondary">{t(`Tier_${x.tier}`)}</Typography.Text> {count(x.customers, lng)}
                </li>
              ))}
            </ul>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('branchTitle')} loading={loading}>
            {/* the measures above the chart, not in the title bar: in English they left the title "Branch co…" */}
            <Segmented
              size="small"
              value={metric}
              onChange={(v) => setMetric(v as BranchMetric)}
              options={BRANCH_METRICS.map((m) => ({ value: m, label: t(metricLabelKey[m]) }))}
              style={{ marginBottom: 8, maxWidth: '100%', overflowX: 'auto' }}
            />
            {children.length ? (
              <EChart option={branches} testId="branch-chart" style={{ height: 300 }} />
            ) : (
              <div data-testid="branch-chart">{data && <WhyEmpty reason={childrenEmpty} />}</div>
            )}
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" loading={loading}>
            <Table<OrgRollup>
              data-testid="branch-comparison"
              size="small"
              rowKey={(r) => r.orgUnit.id}
              columns={columns}
              dataSource={children}
              locale={{ emptyText: data ? <WhyEmpty reason={childrenEmpty} /> : ' ' }}
              pagination={false}
              scroll={{ x: 'max-content' }}
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={t('trendsTitle')} loading={trendsLoading}>
            {!data ? null : trendDates.length < 2 ? (
              <Typography.Text type="secondary" data-testid="trends-empty">
                {t('trendsSingle')}
              </Typography.Text>
            ) : (
              <EChart option={trendChart} testId="trends-chart" style={{ height: 280 }} />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}

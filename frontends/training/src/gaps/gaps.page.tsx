import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  PageTitle,
  Row,
  Table,
  Typography,
  count,
  errorText,
  unitName,
  type TableColumnsType,
} from '@crm/ui-kit';
import { EChart, EmptyChart, scoreAxis, tooltipValue, type PortalChartOption } from '@crm/ui-kit/charts';
import type { RemotePageProps } from '@crm/shared-types';
import { useTrainingTranslation } from '../training.i18n';
import { scoreText } from '../common/scores';
import { UnitSelect } from '../common/unit.select';
import { TeamGapsQuery, type TeamDimension } from './gaps.queries';

/** 团队能力 — where a team stands on each of the six requirements against its grades' targets. */
export function GapsPage({ shellNavigation }: RemotePageProps) {
  const { t, i18n } = useTrainingTranslation();
  const lang = i18n.language;
  const [unitId, setUnitId] = useState('');
  const [{ data, fetching, error }, refetch] = useQuery({ query: TeamGapsQuery, variables: { orgUnitId: unitId || null } });
  const team = data?.teamCompetencyGaps;

  const columns = useMemo<TableColumnsType<TeamDimension>>(
    () => [
      { title: t('colDimension'), key: 'dimension', render: (_, g) => t(`Dimension_${g.dimension}`) },
      { title: t('colAssessed'), key: 'assessed', align: 'right', render: (_, g) => count(g.managersAssessed, lang) },
      { title: t('colMeanScore'), key: 'mean', align: 'right', render: (_, g) => scoreText(g.meanScore) },
      { title: t('colMeanTarget'), key: 'target', align: 'right', render: (_, g) => scoreText(g.meanTarget) },
      {
        title: t('colBelowTarget'),
        key: 'below',
        align: 'right',
        render: (_, g) => (
          <Typography.Text type={g.belowTarget ? 'danger' : undefined} data-testid="below-target">
            {count(g.belowTarget, lang)}
          </Typography.Text>
        ),
      },
    ],
    [t, lang],
  );

  const option = useMemo<PortalChartOption | null>(() => {
    if (!team || !team.managersAssessed) return null;
    const names = team.dimensions.map((g) => t(`DimensionShort_${g.dimension}`));
    return {
      tooltip: { trigger: 'axis', valueFormatter: tooltipValue('score', lang) },
      legend: { bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 56 },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0 } },
      yAxis: { ...scoreAxis(lang), min: 0, max: 5 },
      series: [
        { type: 'bar', name: t('meanScore'), data: team.dimensions.map((g) => g.meanScore), barMaxWidth: 28 },
        {
          type: 'line',
          name: t('meanTarget'),
          data: team.dimensions.map((g) => g.meanTarget),
          lineStyle: { type: 'dashed' },
          symbol: 'diamond',
        },
      ],
    };
  }, [team, t, lang]);

  return (
    <Flex vertical gap={16} data-testid="training-gaps">
      <PageTitle shellNavigation={shellNavigation}>{t('navGaps')}</PageTitle>
      <Flex gap={12} align="center" wrap justify="space-between">
        <UnitSelect value={unitId} onChange={setUnitId} testId="gaps-unit" />
        {team && (
          <Typography.Text type="secondary" data-testid="gaps-assessed">
            {t('managersAssessed', { assessed: count(team.managersAssessed, lang), managers: count(team.managers, lang) })}
          </Typography.Text>
        )}
      </Flex>
      {error && !data && (
        <Alert
          type="error"
          showIcon
          data-testid="gaps-error"
          title={t('loadFailed')}
          description={errorText(error)}
          action={
            <Button size="small" onClick={() => refetch({ requestPolicy: 'network-only' })}>
              {t('retry')}
            </Button>
          }
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={team ? t('gapsScope', { unit: unitName(team.orgUnit, lang) }) : t('navGaps')}>
            <Table<TeamDimension>
              data-testid="gaps-table"
              size="small"
              rowKey="dimension"
              loading={fetching}
              columns={columns}
              dataSource={team?.dimensions ?? []}
              pagination={false}
              scroll={{ x: true }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('gapsChart')}>
            {option ? (
              <EChart option={option} testId="gaps-chart" style={{ height: 300 }} />
            ) : (
              <EmptyChart reason={t('gapsEmpty')} testId="gaps-chart" height={300} />
            )}
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}

import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { Alert, Button, Col, Flex, PageTitle, Row, Select, Spin, Typography, count, errorText, unitName } from '@crm/ui-kit';
import type { RemotePageProps } from '@crm/shared-types';
import { useTrainingTranslation } from '../training.i18n';
import { currentPeriod, monthsBefore, recentPeriods } from '../common/period';
import { UnitSelect } from '../common/unit.select';
import { CompetencyOutcomeQuery } from './outcome.queries';
import { OutcomeScatter } from './outcome.scatter';

/**
 * 能力与业绩 — which competencies go with results: for a month and a unit, each dimension's scores (the
 * assessment in force at the month's end) against the managers' scorecard totals, one scatter each
 * with the correlation, and the overall score the same way. Default: last month, the whole scope.
 */
export function OutcomePage({ shellNavigation }: RemotePageProps) {
  const { t, i18n } = useTrainingTranslation();
  const lang = i18n.language;
  const periods = useMemo(() => recentPeriods(12), []);
  const [period, setPeriod] = useState(() => monthsBefore(currentPeriod(), 1));
  const [unitId, setUnitId] = useState('');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CompetencyOutcomeQuery,
    variables: { period, orgUnitId: unitId || null },
  });
  const result = data?.competencyVsOutcome;

  return (
    <Flex vertical gap={16} data-testid="training-outcome">
      <PageTitle shellNavigation={shellNavigation}>{t('navCompetencyOutcome')}</PageTitle>
      <Flex gap={16} align="center" wrap>
        <UnitSelect value={unitId} onChange={setUnitId} testId="outcome-unit" />
        <Flex gap={8} align="center">
          <Typography.Text type="secondary">{t('period')}</Typography.Text>
          <Select
            size="small"
            style={{ minWidth: 120 }}
            data-testid="outcome-period"
            aria-label={t('period')}
            value={period}
            onChange={setPeriod}
            options={periods.map((p) => ({ value: p, label: p }))}
          />
        </Flex>
      </Flex>
      {result && (
        <Typography.Text type="secondary" data-testid="outcome-scope">
          {t('outcomeScope', { unit: unitName(result.orgUnit, lang), period: result.period })} ·{' '}
          {t('outcomeManagers', { count: count(result.managers, lang) })}
        </Typography.Text>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('correlationHint')}
      </Typography.Text>
      {error && !data && (
        <Alert
          type="error"
          showIcon
          data-testid="outcome-error"
          title={t('loadFailed')}
          description={errorText(error)}
          action={
            <Button size="small" onClick={() => refetch({ requestPolicy: 'network-only' })}>
              {t('retry')}
            </Button>
          }
        />
      )}
      {!result && fetching && (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin />
        </Flex>
      )}
      {result && (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={12} xl={8}>
            <OutcomeScatter
              title={t('overall')}
              correlation={result.overall.correlation}
              points={result.overall.points}
              testId="outcome-OVERALL"
            />
          </Col>
          {result.dimensions.map((d) => (
            <Col key={d.dimension} xs={24} md={12} xl={8}>
              <OutcomeScatter
                title={t(`Dimension_${d.dimension}`)}
                correlation={d.correlation}
                points={d.points}
                testId={`outcome-${d.dimension}`}
              />
            </Col>
          ))}
        </Row>
      )}
    </Flex>
  );
}

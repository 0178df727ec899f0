import { useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  PageTitle,
  Result,
  Row,
  Spin,
  Table,
  Tag,
  Typography,
  date,
  errorCode,
  errorText,
  unitName,
  type TableColumnsType,
} from '@crm/ui-kit';
import type { RemotePageProps } from '@crm/shared-types';
import { DIMENSIONS, useTrainingTranslation } from '../training.i18n';
import { linkClick, trainingPath } from '../routing/training.routes';
import { overallText, scoreText } from '../common/scores';
import { PlanItemsTable } from '../plans/plan-items.table';
import { PlanTrainingMutation } from '../plans/plans.queries';
import { CompetencyRadar } from './competency.radar';
import { ManagerQuery, type AssessmentRecord, type ManagerDetail } from './manager.queries';

/**
 * One manager as training sees them: who they are, the competency radar over their submitted
 * assessments, the record (drafts included), the gaps of the latest and the training plan.
 */
export function ManagerPage({ user, basePath, shellNavigation, managerId }: RemotePageProps & { managerId: string }) {
  const { t, i18n } = useTrainingTranslation();
  const lang = i18n.language;
  const [{ data, fetching, error }, refetch] = useQuery({ query: ManagerQuery, variables: { id: managerId } });
  const manager = data?.customerManager;
  const back = trainingPath(basePath, { name: 'managers' });

  let body;
  if (error && !data) {
    body =
      errorCode(error) === 'NOT_FOUND' ? (
        <Result status="404" title={t('notFound')} />
      ) : (
        <Alert
          type="error"
          showIcon
          data-testid="manager-error"
          title={t('loadFailed')}
          description={errorText(error)}
          action={
            <Button size="small" onClick={() => refetch({ requestPolicy: 'network-only' })}>
              {t('retry')}
            </Button>
          }
        />
      );
  } else if (!manager && fetching) {
    body = (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin />
      </Flex>
    );
  } else if (manager && data) {
    body = <ManagerRecord manager={manager} model={data.competencyModel} user={user} basePath={basePath} />;
  }

  return (
    <Flex vertical gap={16} data-testid="training-manager">
      <Flex gap={12} align="center" wrap>
        <PageTitle shellNavigation={shellNavigation}>{t('navManagers')}</PageTitle>
        <Button size="small" type="link" icon={<ArrowLeftOutlined />} href={back} onClick={linkClick(back)} data-testid="back-to-managers">
          {t('backToManagers')}
        </Button>
      </Flex>
      {manager && (
        <Flex gap={8} align="center" wrap>
          <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }} data-testid="manager-heading">
            {manager.staff.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {unitName(manager.orgUnit, lang)} · {manager.staff.position}
          </Typography.Text>
          <Tag>{t(`ManagerGrade_${manager.grade}`)}</Tag>
          <Tag color={manager.employment === 'FULL_TIME' ? 'blue' : undefined}>{t(`ManagerEmployment_${manager.employment}`)}</Tag>
        </Flex>
      )}
      {body}
    </Flex>
  );
}

function ManagerRecord({
  manager,
  model,
  user,
  basePath,
}: {
  manager: ManagerDetail;
  model: Parameters<typeof CompetencyRadar>[0]['model'];
  user: RemotePageProps['user'];
  basePath: string;
}) {
  const { t } = useTrainingTranslation();
  const { message } = App.useApp();
  const [{ fetching: planning }, planTraining] = useMutation(PlanTrainingMutation);
  const draft = manager.assessments.find((a) => a.status === 'DRAFT');
  const draftByOther = draft && draft.assessor.id !== user.sub ? draft : undefined;
  const assess = trainingPath(basePath, { name: 'assess', id: manager.id });

  const plan = async () => {
    const res = await planTraining({ managerId: manager.id });
    if (res.error) void message.error(errorText(res.error));
    else if (res.data) {
      const added = res.data.planTraining.added;
      void message.success(added ? t('planned', { count: added }) : t('plannedNone'));
    }
  };

  return (
    <Flex vertical gap={16}>
      {draftByOther && (
        <Alert type="info" showIcon data-testid="draft-by-other" title={t('draftByOther', { name: draftByOther.assessor.name })} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('radarTitle')}
            extra={
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('radarHint')}
              </Typography.Text>
            }
          >
            <CompetencyRadar history={manager.competencyHistory} model={model} grade={manager.grade} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('gapsTitle')} data-testid="manager-gaps">
            <Table
              size="small"
              rowKey="dimension"
              pagination={false}
              dataSource={manager.competencyGaps}
              locale={{ emptyText: manager.competencyHistory.length ? t('noGaps') : t('radarEmpty') }}
              columns={[
                { title: t('colDimension'), key: 'dimension', render: (_, g) => t(`Dimension_${g.dimension}`) },
                { title: t('colScore'), key: 'score', align: 'right', render: (_, g) => scoreText(g.score) },
                { title: t('colTarget'), key: 'target', align: 'right', render: (_, g) => t('levelN', { level: g.target }) },
                {
                  title: t('colGap'),
                  key: 'gap',
                  align: 'right',
                  render: (_, g) => <Typography.Text type="danger">{scoreText(g.gap)}</Typography.Text>,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={t('assessmentsTitle')}
        extra={
          <Button
            type="primary"
            size="small"
            href={assess}
            onClick={linkClick(assess)}
            disabled={!!draftByOther}
            data-testid="start-assessment"
          >
            {draft && !draftByOther ? t('continueDraft') : t('newAssessment')}
          </Button>
        }
      >
        <AssessmentsTable assessments={manager.assessments} />
      </Card>
      <Card
        size="small"
        title={t('planTitle')}
        extra={
          <Button size="small" onClick={plan} loading={planning} disabled={!manager.competencyGaps.length} data-testid="plan-training">
            {t('planTraining')}
          </Button>
        }
      >
        <PlanItemsTable items={manager.trainingPlan} testId="manager-plan" />
      </Card>
    </Flex>
  );
}

/** Every assessment, newest first; a row opens on its six scores and their evidence. */
function AssessmentsTable({ assessments }: { assessments: readonly AssessmentRecord[] }) {
  const { t } = useTrainingTranslation();
  const columns = useMemo<TableColumnsType<AssessmentRecord>>(
    () => [
      { title: t('colDate'), key: 'date', render: (_, a) => date(a.submittedAt ?? a.assessedAt) },
      {
        title: t('colStatus'),
        key: 'status',
        render: (_, a) => (
          <Tag color={a.status === 'ACKNOWLEDGED' ? 'green' : a.status === 'SUBMITTED' ? 'gold' : undefined}>
            {t(`AssessmentStatus_${a.status}`)}
          </Tag>
        ),
      },
      { title: t('overall'), key: 'overall', align: 'right', render: (_, a) => overallText(a.overall) },
      { title: t('colAssessor'), key: 'assessor', render: (_, a) => a.assessor.name },
      { title: t('colComment'), key: 'comment', render: (_, a) => a.managerComment ?? '—' },
    ],
    [t],
  );
  return (
    <Table<AssessmentRecord>
      data-testid="manager-assessments"
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={[...assessments]}
      pagination={false}
      locale={{ emptyText: t('noAssessments') }}
      expandable={{
        expandedRowRender: (a) => (
          <Flex vertical gap={4} data-testid="assessment-scores">
            {DIMENSIONS.map((d) => {
              const s = a.scores.find((x) => x.dimension === d);
              return (
                <Typography.Text key={d}>
                  <Typography.Text strong>{t(`Dimension_${d}`)}</Typography.Text>
                  {t('colon')}
                  {s ? `${scoreText(s.score)} — ${s.evidence}` : '—'}
                </Typography.Text>
              );
            })}
          </Flex>
        ),
      }}
      scroll={{ x: true }}
    />
  );
}

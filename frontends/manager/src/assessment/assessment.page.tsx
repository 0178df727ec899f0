import { lazy, Suspense, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  PageTitle,
  Row,
  Spin,
  Statistic,
  Table,
  Tag,
  Typography,
  bankColors,
  date,
  decimal,
  nameIn,
  type TableColumnsType,
} from '@crm/ui-kit';
import { EChart, radarPolygon, type PortalChartOption } from '@crm/ui-kit/charts';
import { can, type RemotePageProps } from '@crm/shared-types';
import type { AssessmentStatus, ManagerGrade } from '@crm/ui-kit/schema-types';
import type { TFunction } from 'i18next';
import { managerErrorText } from '../common/server-errors';
import { useManagerTranslation } from '../manager.i18n';
import { MyAssessmentQuery, type Assessment, type MyAssessmentData } from './assessment.queries';

// the acknowledgement form (antd's form and modal): loaded when it opens
const AcknowledgeDialog = lazy(() => import('./acknowledge.dialog').then((m) => ({ default: m.AcknowledgeDialog })));

const statusColor: Record<AssessmentStatus, string> = { DRAFT: 'default', SUBMITTED: 'orange', ACKNOWLEDGED: 'green' };

/**
 * 能力评估 — the signed-in manager's latest competency assessment by training staff: the overall
 * score, a radar of the six requirements against their grade's targets, each score with the trainer's
 * evidence and what that level looks like, and the earlier assessments. A SUBMITTED assessment of the
 * user themself is acknowledged here, with an optional comment (ASSESSMENT_ACKNOWLEDGE).
 */
export function AssessmentPage({ user, shellNavigation }: RemotePageProps) {
  const { t } = useManagerTranslation();
  const [{ data, fetching, error }, reload] = useQuery({ query: MyAssessmentQuery, variables: { id: user.sub } });
  const [acknowledging, setAcknowledging] = useState<Assessment | null>(null);
  const manager = data?.customerManager;
  const latest = manager?.latestAssessment;
  // only the assessed manager, only while it awaits them, only with the permission (the subgraph checks all three too)
  const mayAcknowledge = !!latest && latest.status === 'SUBMITTED' && latest.manager.id === user.sub && can(user, 'ASSESSMENT_ACKNOWLEDGE');

  let body;
  if (error && !data) {
    body = <Alert type="error" showIcon data-testid="assessment-error" title={t('loadFailed')} description={managerErrorText(error)} />;
  } else if (!manager && fetching) {
    body = (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin />
      </Flex>
    );
  } else if (!manager || !latest) {
    body = <Empty data-testid="no-assessment" description={t('noAssessment')} />;
  } else {
    body = (
      <>
        <AssessmentHeader assessment={latest} onAcknowledge={mayAcknowledge ? () => setAcknowledging(latest) : undefined} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={10}>
            <Card size="small" title={t('radarTitle')}>
              <CompetencyRadar assessment={latest} grade={manager.grade} />
            </Card>
          </Col>
          <Col xs={24} xl={14}>
            <ScoresCard assessment={latest} grade={manager.grade} />
          </Col>
        </Row>
        <HistoryCard history={manager.competencyHistory} />
      </>
    );
  }

  return (
    <Flex vertical gap={16} data-testid="manager-assessment">
      <PageTitle shellNavigation={shellNavigation}>{t('navAssessment')}</PageTitle>
      {body}
      <Suspense fallback={null}>
        {acknowledging && (
          <AcknowledgeDialog
            assessment={acknowledging}
            onClose={() => setAcknowledging(null)}
            onDone={() => reload({ requestPolicy: 'network-only' })}
          />
        )}
      </Suspense>
    </Flex>
  );
}

function AssessmentHeader({ assessment: a, onAcknowledge }: { assessment: Assessment; onAcknowledge?: () => void }) {
  const { t } = useManagerTranslation();
  return (
    <Card size="small" data-testid="assessment-summary">
      <Row gutter={[16, 16]} align="middle">
        <Col xs={12} md={5} data-testid="assessment-overall">
          <Statistic
            title={t('overall')}
            value={a.overall == null ? '—' : t('scoreOutOf', { value: decimal(a.overall, 2) })}
            styles={{ content: { fontSize: 26, color: bankColors.navy } }}
          />
        </Col>
        <Col xs={12} md={4}>
          <Typography.Text type="secondary">{t('status')}</Typography.Text>
          <div>
            <Tag color={statusColor[a.status]} data-testid="assessment-status" data-status={a.status}>
              {t(`AssessmentStatus_${a.status}`)}
            </Tag>
          </div>
        </Col>
        <Col xs={12} md={5}>
          <Typography.Text type="secondary">{t('assessedBy')}</Typography.Text>
          <div data-testid="assessment-assessor">{a.assessor.name}</div>
        </Col>
        <Col xs={12} md={5}>
          <Typography.Text type="secondary">{t('submittedAt')}</Typography.Text>
          <div>{date(a.submittedAt)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('modelVersion', { version: a.model.modelVersion })}
          </Typography.Text>
        </Col>
        {a.acknowledgedAt && (
          <Col xs={12} md={5}>
            <Typography.Text type="secondary">{t('acknowledgedAt')}</Typography.Text>
            <div data-testid="assessment-acknowledged-at">{date(a.acknowledgedAt)}</div>
          </Col>
        )}
      </Row>
      {onAcknowledge && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={t('awaiting')}
          action={
            <Button type="primary" size="small" data-testid="acknowledge-assessment" onClick={onAcknowledge}>
              {t('acknowledge')}
            </Button>
          }
        />
      )}
      {a.status === 'ACKNOWLEDGED' && a.managerComment && (
        <Alert type="info" style={{ marginTop: 12 }} title={t('comment')} description={a.managerComment} data-testid="assessment-comment" />
      )}
    </Card>
  );
}

/** The grade's target level of each requirement, in the model version the assessment was made with. */
const targetOf = (req: Assessment['model']['dimensions'][number], grade: ManagerGrade) =>
  req.targets.find((x) => x.grade === grade)?.level ?? null;

function CompetencyRadar({ assessment: a, grade }: { assessment: Assessment; grade: ManagerGrade }) {
  const { t, i18n } = useManagerTranslation();
  const lang = i18n.language;
  const option = useMemo<PortalChartOption>(() => {
    const reqs = a.model.dimensions;
    const scores = reqs.map((r) => a.scores.find((s) => s.dimension === r.dimension)?.score ?? null);
    const targets = reqs.map((r) => targetOf(r, grade) ?? 0);
    const scoreName = t('yourScore');
    const targetName = t('gradeTarget', { grade: t(`ManagerGrade_${grade}`) });
    return {
      legend: { bottom: 0, data: [scoreName, targetName] },
      tooltip: { trigger: 'item' },
      radar: {
        radius: '62%',
        center: ['50%', '46%'],
        indicator: reqs.map((r) => ({ name: nameIn(r, lang), max: 5, min: 0 })),
        splitNumber: 5,
      },
      series: [
        {
          type: 'radar',
          data: [
            {
              name: targetName,
              value: targets,
              symbol: 'none',
              lineStyle: { type: 'dashed', color: bankColors.gold },
              itemStyle: { color: bankColors.gold },
            },
            {
              name: scoreName,
              value: radarPolygon(scores),
              areaStyle: { opacity: 0.2, color: bankColors.navy },
              itemStyle: { color: bankColors.navy },
            },
          ],
        },
      ],
    };
  }, [a, grade, t, lang]);
  return <EChart option={option} testId="competency-radar" style={{ height: 320 }} />;
}

function ScoresCard({ assessment: a, grade }: { assessment: Assessment; grade: ManagerGrade }) {
  const { t, i18n } = useManagerTranslation();
  const lang = i18n.language;
  type Requirement = Assessment['model']['dimensions'][number];
  const columns = useMemo<TableColumnsType<Requirement>>(() => scoreColumns(t, lang, a, grade), [t, lang, a, grade]);
  return (
    <Card size="small" title={t('colEvidence')}>
      <Table<Requirement>
        data-testid="assessment-scores"
        size="small"
        rowKey="dimension"
        columns={columns}
        dataSource={a.model.dimensions}
        pagination={false}
      />
    </Card>
  );
}

function scoreColumns(
  t: TFunction,
  lang: string,
  a: Assessment,
  grade: ManagerGrade,
): TableColumnsType<Assessment['model']['dimensions'][number]> {
  const scoreOf = (dimension: string) => a.scores.find((s) => s.dimension === dimension);
  return [
    {
      title: t('colDimension'),
      key: 'dimension',
      width: 150,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <span>{nameIn(r, lang)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('colWeight')} {decimal(r.weight * 100, 0)}%
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('colScore'),
      key: 'score',
      width: 90,
      render: (_, r) => {
        const score = scoreOf(r.dimension)?.score;
        const target = targetOf(r, grade);
        if (score == null) return '—';
        return (
          <Flex vertical gap={2}>
            <Typography.Text strong type={target != null && score < target ? 'danger' : undefined} data-testid="dimension-score">
              {decimal(score, 1)}
            </Typography.Text>
            {target != null && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('colTarget')} {target}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    },
    {
      title: t('colLevel'),
      key: 'level',
      width: 200,
      render: (_, r) => {
        const score = scoreOf(r.dimension)?.score;
        const level = score == null ? undefined : r.levels.find((l) => l.level === Math.floor(score));
        return level ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {lang === 'en' ? level.descriptorEn : level.descriptor}
          </Typography.Text>
        ) : (
          '—'
        );
      },
    },
    {
      title: t('colEvidence'),
      key: 'evidence',
      render: (_, r) => <span data-testid="dimension-evidence">{scoreOf(r.dimension)?.evidence ?? '—'}</span>,
    },
  ];
}

function HistoryCard({ history }: { history: MyAssessmentData['customerManager']['competencyHistory'] }) {
  const { t } = useManagerTranslation();
  type Point = (typeof history)[number];
  // the API gives them oldest first (the radar over time); a list reads newest first
  const rows = useMemo(() => [...history].reverse(), [history]);
  if (rows.length < 2) return null;
  const columns: TableColumnsType<Point> = [
    { title: t('submittedAt'), key: 'at', render: (_, p) => date(p.submittedAt) },
    { title: t('overall'), key: 'overall', render: (_, p) => decimal(p.overall, 2) },
    { title: t('status'), key: 'status', render: (_, p) => <Tag color={statusColor[p.status]}>{t(`AssessmentStatus_${p.status}`)}</Tag> },
    { title: t('modelVersionCol'), key: 'model', render: (_, p) => p.modelVersion },
  ];
  return (
    <Card size="small" title={t('historyTitle')}>
      <Table<Point>
        data-testid="assessment-history"
        size="small"
        rowKey="assessmentId"
        columns={columns}
        dataSource={rows}
        pagination={false}
      />
    </Card>
  );
}

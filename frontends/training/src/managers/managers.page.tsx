import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import {
  Alert,
  Button,
  Card,
  Flex,
  PageTitle,
  Table,
  Tag,
  Typography,
  date,
  errorText,
  serverPagination,
  unitName,
  type Paging,
  type TableColumnsType,
} from '@crm/ui-kit';
import type { RemotePageProps } from '@crm/shared-types';
import { useTrainingTranslation } from '../training.i18n';
import { linkClick, trainingPath } from '../routing/training.routes';
import { overallText } from '../common/scores';
import { UnitSelect } from '../common/unit.select';
import { ManagersQuery, type ManagerRow } from './managers.queries';

/** 客户经理 — the customer managers in the trainer's scope with their latest assessment, paged on the server. */
export function ManagersPage({ basePath, shellNavigation }: RemotePageProps) {
  const { t, i18n } = useTrainingTranslation();
  const lang = i18n.language;
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: 20 });
  const [unitId, setUnitId] = useState('');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ManagersQuery,
    variables: { page: paging, filter: { orgUnitId: unitId || null, activeOnly: true } },
  });
  const result = data?.customerManagers;

  const columns = useMemo<TableColumnsType<ManagerRow>>(
    () => [
      {
        title: t('colName'),
        key: 'name',
        render: (_, m) => {
          const href = trainingPath(basePath, { name: 'manager', id: m.id });
          return (
            <a href={href} onClick={linkClick(href)} data-testid="manager-name">
              {m.staff.name}
            </a>
          );
        },
      },
      { title: t('colUnit'), key: 'unit', render: (_, m) => unitName(m.orgUnit, lang) },
      { title: t('colGrade'), key: 'grade', render: (_, m) => t(`ManagerGrade_${m.grade}`) },
      {
        title: t('colEmployment'),
        key: 'employment',
        render: (_, m) => <Tag color={m.employment === 'FULL_TIME' ? 'blue' : undefined}>{t(`ManagerEmployment_${m.employment}`)}</Tag>,
      },
      {
        title: t('colOverall'),
        key: 'overall',
        align: 'right',
        render: (_, m) => <span data-testid="latest-overall">{m.latestAssessment ? overallText(m.latestAssessment.overall) : '—'}</span>,
      },
      {
        title: t('colStatus'),
        key: 'status',
        render: (_, m) =>
          m.latestAssessment ? (
            <Tag color={m.latestAssessment.status === 'ACKNOWLEDGED' ? 'green' : 'gold'} data-testid="latest-status">
              {t(`AssessmentStatus_${m.latestAssessment.status}`)}
            </Tag>
          ) : (
            <Typography.Text type="secondary" data-testid="latest-status">
              {t('notAssessed')}
            </Typography.Text>
          ),
      },
      { title: t('colDate'), key: 'date', render: (_, m) => date(m.latestAssessment?.submittedAt) },
      {
        title: t('colActions'),
        key: 'actions',
        render: (_, m) => {
          const href = trainingPath(basePath, { name: 'assess', id: m.id });
          return (
            <Button size="small" href={href} onClick={linkClick(href)} data-testid="assess-manager">
              {t('assess')}
            </Button>
          );
        },
      },
    ],
    [t, lang, basePath],
  );

  return (
    <Flex vertical gap={16} data-testid="training-managers">
      <PageTitle shellNavigation={shellNavigation}>{t('navManagers')}</PageTitle>
      <Card
        size="small"
        title={
          <UnitSelect
            value={unitId}
            onChange={(id) => {
              setUnitId(id);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            testId="managers-unit"
          />
        }
        extra={
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('managersScope')}
          </Typography.Text>
        }
      >
        {error && !result && (
          <Alert
            type="error"
            showIcon
            data-testid="managers-error"
            title={t('loadFailed')}
            description={errorText(error)}
            style={{ marginBottom: 8 }}
            action={
              <Button size="small" onClick={() => refetch({ requestPolicy: 'network-only' })}>
                {t('retry')}
              </Button>
            }
          />
        )}
        <Table<ManagerRow>
          data-testid="managers-table"
          size="small"
          rowKey="id"
          loading={fetching}
          columns={columns}
          dataSource={result?.items ?? []}
          locale={{ emptyText: t('noManagers') }}
          pagination={serverPagination(paging, result?.total ?? 0, setPaging, t)}
          scroll={{ x: true }}
        />
      </Card>
    </Flex>
  );
}

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
  count,
  errorText,
  serverPagination,
  unitName,
  type Paging,
  type TableColumnsType,
} from '@crm/ui-kit';
import type { RemotePageProps } from '@crm/shared-types';
import { PLAN_STATUSES, useTrainingTranslation } from '../training.i18n';
import { linkClick, trainingPath } from '../routing/training.routes';
import { UnitSelect } from '../common/unit.select';
import { PlanItemsTable } from './plan-items.table';
import { PLAN_PAGE_SIZE, PlansQuery, type PlanManager } from './plans.queries';

/**
 * 培训计划 — the courses planned for the managers in scope, paged by manager on the server (a plan
 * belongs to its manager): each manager's row with their courses by status, opened on the courses
 * themselves and the status changes left.
 */
export function PlansPage({ basePath, shellNavigation }: RemotePageProps) {
  const { t, i18n } = useTrainingTranslation();
  const lang = i18n.language;
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: PLAN_PAGE_SIZE });
  const [unitId, setUnitId] = useState('');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PlansQuery,
    variables: { page: paging.page, filter: { orgUnitId: unitId || null, activeOnly: true } },
  });
  const result = data?.customerManagers;
  const items = result?.items ?? [];

  const columns = useMemo<TableColumnsType<PlanManager>>(
    () => [
      {
        title: t('colName'),
        key: 'name',
        render: (_, m) => {
          const href = trainingPath(basePath, { name: 'manager', id: m.id });
          return (
            <a href={href} onClick={linkClick(href)} data-testid="plan-manager-name">
              {m.staff.name}
            </a>
          );
        },
      },
      { title: t('colUnit'), key: 'unit', render: (_, m) => unitName(m.orgUnit, lang) },
      { title: t('colGrade'), key: 'grade', render: (_, m) => t(`ManagerGrade_${m.grade}`) },
      {
        title: t('planTitle'),
        key: 'plan',
        render: (_, m) =>
          m.trainingPlan.length ? (
            <Flex gap={4} wrap data-testid="plan-counts">
              {PLAN_STATUSES.map((s) => {
                const n = m.trainingPlan.filter((p) => p.status === s).length;
                return n ? <Tag key={s}>{`${t(`PlanStatus_${s}`)} ${count(n, lang)}`}</Tag> : null;
              })}
            </Flex>
          ) : (
            <Typography.Text type="secondary">{t('noPlan')}</Typography.Text>
          ),
      },
    ],
    [t, lang, basePath],
  );

  return (
    <Flex vertical gap={16} data-testid="training-plans">
      <PageTitle shellNavigation={shellNavigation}>{t('navPlans')}</PageTitle>
      <Card
        size="small"
        title={
          <UnitSelect
            value={unitId}
            onChange={(id) => {
              setUnitId(id);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            testId="plans-unit"
          />
        }
        extra={
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('plansScope')}
          </Typography.Text>
        }
      >
        {error && !result && (
          <Alert
            type="error"
            showIcon
            data-testid="plans-error"
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
        <Table<PlanManager>
          data-testid="plans-table"
          size="small"
          rowKey="id"
          loading={fetching}
          columns={columns}
          dataSource={items}
          locale={{ emptyText: t('noManagers') }}
          // a fixed page size (see PlansQuery): no size changer
          pagination={{ ...serverPagination(paging, result?.total ?? 0, setPaging, t), showSizeChanger: false }}
          // every plan open: the courses are what this page is for
          expandable={{
            expandedRowRender: (m) => <PlanItemsTable items={m.trainingPlan} testId="plan-items" />,
            rowExpandable: (m) => m.trainingPlan.length > 0,
            expandedRowKeys: items.filter((m) => m.trainingPlan.length).map((m) => m.id),
            showExpandColumn: false,
          }}
          scroll={{ x: true }}
        />
      </Card>
    </Flex>
  );
}

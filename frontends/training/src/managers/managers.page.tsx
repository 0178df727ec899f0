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
  errorText,
  serverPagination,
  unitName,
  type Paging,
  type TableColumnsType,
} from '@crm/ui-kit';
import type { RemotePageProps } from '@crm/shared-types';
import { useTrainingTranslation } from '../training.i18n';
import { ManagersQuery, type ManagerRow } from './managers.queries';

/** 客户经理 — the customer managers in the trainer's scope, paged on the server. */
export function ManagersPage({ shellNavigation }: RemotePageProps) {
  const { t, i18n } = useTrainingTranslation();
  const lang = i18n.language;
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: 20 });
  const [{ data, fetching, error }, refetch] = useQuery({ query: ManagersQuery, variables: { page: paging } });
  const result = data?.customerManagers;

  const columns = useMemo<TableColumnsType<ManagerRow>>(
    () => [
      { title: t('colName'), key: 'name', render: (_, m) => <span data-testid="manager-name">{m.staff.name}</span> },
      { title: t('colUnit'), key: 'unit', render: (_, m) => unitName(m.orgUnit, lang) },
      { title: t('colGrade'), key: 'grade', render: (_, m) => t(`ManagerGrade_${m.grade}`) },
      {
        title: t('colEmployment'),
        key: 'employment',
        render: (_, m) => <Tag color={m.employment === 'FULL_TIME' ? 'blue' : undefined}>{t(`ManagerEmployment_${m.employment}`)}</Tag>,
      },
    ],
    [t, lang],
  );

  return (
    <Flex vertical gap={16} data-testid="training-managers">
      <PageTitle shellNavigation={shellNavigation}>{t('navManagers')}</PageTitle>
      <Card
        size="small"
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

import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { Alert, Card, Flex, Table, Tag, Typography, type TableColumnsType } from '@crm/ui-kit';
import { useBranchTranslation } from '../branch.i18n';
import { TierTag, churnReasonText, count, errorText, money, serverPagination, unitName, type Paging } from '@crm/ui-kit';
import { ChurnRiskQuery, churnCustomersQuery, type ChurnCustomersData, type ChurnScore } from './cockpit.queries';

/** Churn-risk customers in scope with their reasons; names come from the customers subgraph in one extra request. */
export function ChurnRiskCard({ asOf }: { asOf: string | null }) {
  const { t, i18n } = useBranchTranslation();
  const lang = i18n.language;
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: 10 });
  const [{ data, fetching, error }] = useQuery({ query: ChurnRiskQuery, variables: { asOf, page: paging } });
  const result = data?.churnRiskCustomers;
  const ids = useMemo(() => (result?.items ?? []).map((s) => s.customerId), [result]);
  const namesQuery = useMemo(() => churnCustomersQuery(Math.max(ids.length, 1)), [ids.length]);
  const namesVars = useMemo(() => Object.fromEntries(ids.map((id, i) => [`c${i}`, id])), [ids]);
  const [{ data: names }] = useQuery({ query: namesQuery, variables: namesVars, pause: ids.length === 0 });
  const customerOf = useMemo(() => {
    const byId = new Map<string, NonNullable<ChurnCustomersData[string]>>();
    for (const c of Object.values(names ?? {})) if (c) byId.set(c.id, c);
    return (id: string) => byId.get(id);
  }, [names]);

  const columns = useMemo<TableColumnsType<ChurnScore>>(
    () => [
      {
        title: t('colCustomer'),
        key: 'name',
        render: (_, s) => customerOf(s.customerId)?.name ?? <Typography.Text type="secondary">#{s.customerId}</Typography.Text>,
      },
      {
        title: t('colCustomerNo'),
        key: 'no',
        render: (_, s) => (
          <Typography.Text style={{ fontFamily: 'monospace' }}>{customerOf(s.customerId)?.customerNo ?? '—'}</Typography.Text>
        ),
      },
      { title: t('colHomeOrgUnit'), key: 'unit', render: (_, s) => unitName(customerOf(s.customerId)?.homeOrgUnit, lang) },
      { title: t('colTier'), key: 'tier', render: (_, s) => <TierTag tier={s.tier} /> },
      {
        title: t('colReasons'),
        key: 'reasons',
        render: (_, s) => (
          <Flex gap={4} wrap data-testid="churn-reasons">
            {s.churnReasons.map((r) => (
              <Tag key={r.code} color="volcano" data-code={r.code}>
                {churnReasonText(r, lang)}
              </Tag>
            ))}
          </Flex>
        ),
      },
      { title: t('colDeposits'), key: 'deposits', align: 'right', render: (_, s) => money(s.value.depositBalance, lang) },
      { title: t('colWeightedAssets'), key: 'wa', align: 'right', render: (_, s) => money(s.value.weightedAssets, lang) },
      {
        title: t('colRecency'),
        key: 'recency',
        align: 'right',
        render: (_, s) => (s.recencyDays == null ? '—' : t('days', { n: count(s.recencyDays, lang) })),
      },
    ],
    [t, lang, customerOf],
  );

  return (
    <Card
      size="small"
      title={t('churnTitle')}
      data-testid="churn-risk-card"
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('churnScope')}
        </Typography.Text>
      }
    >
      {error && !result && (
        <Alert type="error" showIcon title={t('loadFailed')} description={errorText(error)} style={{ marginBottom: 8 }} />
      )}
      <Table<ChurnScore>
        data-testid="churn-risk"
        size="small"
        rowKey={(s) => s.customerId}
        loading={fetching}
        columns={columns}
        dataSource={result?.items ?? []}
        locale={{ emptyText: t('noChurn') }}
        pagination={serverPagination(paging, result?.total ?? 0, setPaging, t)}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}

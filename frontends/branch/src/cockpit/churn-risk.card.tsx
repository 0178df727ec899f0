import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { Alert, Card, Flex, Table, Tag, Typography, type TableColumnsType } from '@crm/ui-kit';
import { useBranchTranslation } from '../branch.i18n';
import { TierTag, churnReasonLabel, churnReasonText, errorText, money, serverPagination, unitName, type Paging } from '@crm/ui-kit';
import { customer360Path, linkClick } from '../routing/branch.routes';
import { ChurnRiskQuery, churnCustomersQuery, type ChurnCustomersData, type ChurnScore } from './cockpit.queries';
import type { UnitListCardProps } from './measures';

/**
 * Churn-risk customers of the unit looked at (`orgUnitId`; null: the caller's own unit, i.e. their
 * whole scope) with their reasons — its total is that unit's at-risk count in the headline. Names come
 * from the customers subgraph in one extra request and open the customer's 360 in the outlet remote.
 * The table fits its card (fixed layout, no horizontal scroll): the customer number under the name,
 * the reasons as compact tags with their figures in the tag's title; at an outlet (`outlet`) no home-unit column.
 */
export function ChurnRiskCard({ asOf, orgUnitId, outlet = false, scope }: UnitListCardProps) {
  const { t, i18n } = useBranchTranslation();
  const lang = i18n.language;
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: 10 });
  const [{ data, fetching, error }] = useQuery({ query: ChurnRiskQuery, variables: { asOf, page: paging, orgUnitId } });
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
        width: 230,
        render: (_, s) => {
          const c = customerOf(s.customerId);
          const path = customer360Path(s.customerId);
          return (
            <Flex vertical>
              <Typography.Text ellipsis={{ tooltip: c?.name }}>
                <a href={path} onClick={linkClick(path)} data-testid="churn-customer">
                  {c?.name ?? `#${s.customerId}`}
                </a>
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
                {c?.customerNo ?? ''}
              </Typography.Text>
            </Flex>
          );
        },
      },
      // at an outlet every customer is homed there: no column repeating it
      ...(outlet
        ? []
        : [
            {
              title: t('colHomeOrgUnit'),
              key: 'unit',
              width: 170,
              ellipsis: true,
              render: (_: unknown, s: ChurnScore) => unitName(customerOf(s.customerId)?.homeOrgUnit, lang),
            },
          ]),
      { title: t('colTier'), key: 'tier', width: 96, render: (_, s) => <TierTag tier={s.tier} /> },
      {
        title: t('colReasons'),
        key: 'reasons',
        render: (_, s) => (
          <Flex gap={4} wrap data-testid="churn-reasons">
            {s.churnReasons.map((r) => (
              <Tag key={r.code} color="volcano" data-code={r.code} title={churnReasonText(r, lang)} style={{ marginInlineEnd: 0 }}>
                {churnReasonLabel(r.code, lang)}
              </Tag>
            ))}
          </Flex>
        ),
      },
      { title: t('colDeposits'), key: 'deposits', width: 140, align: 'right', render: (_, s) => money(s.value.depositBalance, lang) },
      {
        title: t('colWeightedAssets'),
        key: 'wa',
        width: 140,
        align: 'right',
        render: (_, s) => money(s.value.weightedAssets, lang),
      },
    ],
    [t, lang, customerOf, outlet],
  );

  return (
    <Card
      size="small"
      title={t('churnTitle')}
      data-testid="churn-risk-card"
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {scope ? t('churnScopeOf', { unit: scope }) : t('churnScope')}
        </Typography.Text>
      }
    >
      {error && !result && (
        <Alert type="error" showIcon title={t('loadFailed')} description={errorText(error)} style={{ marginBottom: 8 }} />
      )}
      <Table<ChurnScore>
        data-testid="churn-risk"
        size="small"
        tableLayout="fixed"
        rowKey={(s) => s.customerId}
        loading={fetching}
        columns={columns}
        dataSource={result?.items ?? []}
        locale={{ emptyText: t('noChurn') }}
        pagination={serverPagination(paging, result?.total ?? 0, setPaging, t)}
      />
    </Card>
  );
}

import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { ArrowDownOutlined, ArrowRightOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Alert, Card, Flex, Table, Tag, Typography, type TableColumnsType } from '@crm/ui-kit';
import { useBranchTranslation } from '../branch.i18n';
import { TierTag, errorText, serverPagination, tierOrder, tierRank, unitName, type Paging } from '@crm/ui-kit';
import { TierMovementsQuery, type TierMovement } from './cockpit.queries';
import type { UnitListCardProps } from './measures';

/**
 * Customers of the unit looked at (`orgUnitId`; null: the caller's own unit, i.e. their whole scope)
 * whose tier changed against the previous as-of date, paged on the server — the drill-down reaches it
 * as it reaches the churn list. At an outlet (`outlet`) no home-unit column: every customer is homed there.
 */
export function TierMovementsCard({ asOf, orgUnitId, outlet = false, scope }: UnitListCardProps) {
  const { t, i18n } = useBranchTranslation();
  const lang = i18n.language;
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: 10 });
  const [{ data, fetching, error }] = useQuery({ query: TierMovementsQuery, variables: { asOf, page: paging, orgUnitId } });
  const result = data?.tierMovements;
  const order = useMemo(() => tierOrder((result?.items ?? []).flatMap((m) => [m.from, m.to])), [result]);

  const columns = useMemo<TableColumnsType<TierMovement>>(
    () => [
      { title: t('colCustomer'), key: 'name', render: (_, m) => m.customer.name },
      {
        title: t('colCustomerNo'),
        key: 'no',
        render: (_, m) => <Typography.Text style={{ fontFamily: 'monospace' }}>{m.customer.customerNo}</Typography.Text>,
      },
      ...(outlet
        ? []
        : [{ title: t('colHomeOrgUnit'), key: 'unit', render: (_: unknown, m: TierMovement) => unitName(m.customer.homeOrgUnit, lang) }]),
      {
        title: `${t('colFrom')} → ${t('colTo')}`,
        key: 'move',
        render: (_, m) => (
          <Flex gap={4} align="center">
            <TierTag tier={m.from} />
            <ArrowRightOutlined style={{ fontSize: 11 }} />
            <TierTag tier={m.to} />
          </Flex>
        ),
      },
      {
        title: t('colDirection'),
        key: 'dir',
        render: (_, m) => {
          if (!m.from) return <Tag color="blue">{t('newlyTiered')}</Tag>;
          if (!m.to) return <Tag>{t('untiered')}</Tag>;
          return tierRank(m.to, order) < tierRank(m.from, order) ? (
            <Tag color="green" icon={<ArrowUpOutlined />} data-testid="move-up">
              {t('up')}
            </Tag>
          ) : (
            <Tag color="red" icon={<ArrowDownOutlined />} data-testid="move-down">
              {t('down')}
            </Tag>
          );
        },
      },
    ],
    [t, lang, order, outlet],
  );

  return (
    <Card
      size="small"
      title={t('movementsTitle')}
      data-testid="tier-movements-card"
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {scope ? t('movementsScopeOf', { unit: scope }) : t('movementsScope')}
        </Typography.Text>
      }
    >
      {error && !result && (
        <Alert type="error" showIcon title={t('loadFailed')} description={errorText(error)} style={{ marginBottom: 8 }} />
      )}
      <Table<TierMovement>
        data-testid="tier-movements"
        size="small"
        rowKey={(m) => m.customer.id}
        loading={fetching}
        columns={columns}
        dataSource={result?.items ?? []}
        locale={{ emptyText: t('noMovements') }}
        pagination={serverPagination(paging, result?.total ?? 0, setPaging, t)}
        // width auto within the card: long names wrap instead of widening the page
        scroll={{ x: true }}
      />
    </Card>
  );
}

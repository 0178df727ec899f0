import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons'; // icons per remote: the icon set is not shared
import {
  Alert,
  Card,
  Flex,
  PageTitle,
  Table,
  Tag,
  TierTag,
  Typography,
  churnReasonLabel,
  churnReasonText,
  date,
  money,
  moneyCompact,
  serverPagination,
  tierOrder,
  tierRank,
  type Paging,
  type TableColumnsType,
} from '@crm/ui-kit';
import { can, type RemotePageProps } from '@crm/shared-types';
import { bankToday } from '../common/calendar';
import { managerErrorText } from '../common/server-errors';
import { useManagerTranslation } from '../manager.i18n';
import { customer360Path, linkClick } from '../routing/manager.routes';
import { ChurnRiskQuery, TierMovementsQuery, type ChurnRow, type TierMovement } from './movements.queries';

/**
 * 客户动态 — the manager's customers on the move. The churn risks are theirs alone (the ledger's
 * churn-risk filter, on the server), with the reasons the analysis subgraph gave. The tier movements are
 * theirs alone too: the analysis subgraph's, filtered on the server by current primary manager.
 */
export function MovementsPage({ user, shellNavigation }: RemotePageProps) {
  const { t } = useManagerTranslation();
  return (
    <Flex vertical gap={16} data-testid="manager-movements">
      <PageTitle shellNavigation={shellNavigation}>{t('navMovements')}</PageTitle>
      <ChurnRiskCard managerId={user.sub} />
      {can(user, 'ANALYSIS_READ') && <TierMovementsCard managerId={user.sub} />}
    </Flex>
  );
}

function ChurnRiskCard({ managerId }: { managerId: string }) {
  const { t, i18n } = useManagerTranslation();
  const lang = i18n.language;
  const today = bankToday();
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: 10 });
  const [{ data, fetching, error }] = useQuery({ query: ChurnRiskQuery, variables: { id: managerId, page: paging } });
  const result = data?.customerManager.ledger;

  const columns = useMemo<TableColumnsType<ChurnRow>>(
    () => [
      {
        title: t('colCustomer'),
        key: 'customer',
        width: 170,
        render: (_, row) => {
          const path = customer360Path(row.customer.id);
          return (
            <Flex vertical gap={2}>
              <a href={path} onClick={linkClick(path)} data-testid="churn-customer">
                {row.customer.name}
              </a>
              <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
                {row.customerNo}
              </Typography.Text>
            </Flex>
          );
        },
      },
      { title: t('colTier'), key: 'tier', width: 96, render: (_, row) => <TierTag tier={row.tier} /> },
      {
        title: t('colReasons'),
        key: 'reasons',
        render: (_, row) => (
          <Flex gap={4} wrap data-testid="churn-reasons">
            {(row.customer.score?.churnReasons ?? []).map((r) => (
              <Tag key={r.code} color="volcano" data-code={r.code} title={churnReasonText(r, lang)} style={{ marginInlineEnd: 0 }}>
                {churnReasonLabel(r.code, lang)}
              </Tag>
            ))}
          </Flex>
        ),
      },
      {
        title: t('colDeposits'),
        key: 'deposits',
        width: 120,
        align: 'right',
        render: (_, row) => <span title={money(row.depositBalance, lang)}>{moneyCompact(row.depositBalance, lang)}</span>,
      },
      {
        title: t('colLastContact'),
        key: 'lastContact',
        width: 110,
        render: (_, row) =>
          row.lastContactAt ? date(row.lastContactAt) : <Typography.Text type="secondary">{t('neverContacted')}</Typography.Text>,
      },
      {
        title: t('colNextStep'),
        key: 'nextStep',
        width: 200,
        render: (_, row) =>
          row.nextStep ? (
            <Flex vertical gap={2}>
              <Typography.Text ellipsis={{ tooltip: row.nextStep }}>{row.nextStep}</Typography.Text>
              {row.nextStepDue && (
                <Typography.Text type={row.nextStepDue <= today ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                  {row.nextStepDue <= today ? `${t('stepDue')} ${date(row.nextStepDue)}` : t('stepDueOn', { date: date(row.nextStepDue) })}
                </Typography.Text>
              )}
            </Flex>
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          ),
      },
    ],
    [t, lang, today],
  );

  return (
    <Card
      size="small"
      title={t('churnTitle')}
      data-testid="churn-card"
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('churnScope')}
        </Typography.Text>
      }
    >
      {error && !result && (
        <Alert type="error" showIcon title={t('loadFailed')} description={managerErrorText(error)} style={{ marginBottom: 8 }} />
      )}
      <Table<ChurnRow>
        data-testid="churn-table"
        size="small"
        rowKey={(row) => row.customer.id}
        loading={fetching}
        columns={columns}
        dataSource={result?.items ?? []}
        locale={{ emptyText: t('noChurn') }}
        pagination={serverPagination(paging, result?.total ?? 0, setPaging, t)}
      />
    </Card>
  );
}

/** Up when the new tier ranks above the old one (1 = the top tier); a customer tiered for the first time, or no longer. */
function direction(m: TierMovement, order: readonly string[]): 'up' | 'down' | 'newlyTiered' | 'noLongerTiered' {
  if (!m.from) return 'newlyTiered';
  if (!m.to) return 'noLongerTiered';
  return tierRank(m.to, order) < tierRank(m.from, order) ? 'up' : 'down';
}

function TierMovementsCard({ managerId }: { managerId: string }) {
  const { t } = useManagerTranslation();
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: 10 });
  const [{ data, fetching, error }] = useQuery({ query: TierMovementsQuery, variables: { managerId, page: paging } });
  const result = data?.tierMovements;
  // the page's scheme (KEY is in both; a ladder-only tier means the ladder)
  const order = useMemo(() => tierOrder((result?.items ?? []).flatMap((m) => [m.from, m.to])), [result]);

  const columns = useMemo<TableColumnsType<TierMovement>>(
    () => [
      {
        title: t('colCustomer'),
        key: 'customer',
        width: 200,
        render: (_, m) => {
          const path = customer360Path(m.customer.id);
          return (
            <Flex vertical gap={2}>
              <a href={path} onClick={linkClick(path)} data-testid="movement-customer">
                {m.customer.name}
              </a>
              <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
                {m.customer.customerNo}
              </Typography.Text>
            </Flex>
          );
        },
      },
      { title: t('colFrom'), key: 'from', width: 100, render: (_, m) => <TierTag tier={m.from} /> },
      { title: t('colTo'), key: 'to', width: 100, render: (_, m) => <TierTag tier={m.to} /> },
      {
        title: t('colDirection'),
        key: 'direction',
        width: 110,
        render: (_, m) => {
          const d = direction(m, order);
          return (
            <Typography.Text
              type={d === 'up' ? 'success' : d === 'down' || d === 'noLongerTiered' ? 'danger' : 'secondary'}
              data-direction={d}
            >
              {d === 'up' && <ArrowUpOutlined />}
              {d === 'down' && <ArrowDownOutlined />} {t(d)}
            </Typography.Text>
          );
        },
      },
    ],
    [t, order],
  );

  return (
    <Card
      size="small"
      title={t('tierTitle')}
      data-testid="tier-movements-card"
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('tierScope')}
        </Typography.Text>
      }
    >
      {error && !result && (
        <Alert type="error" showIcon title={t('loadFailed')} description={managerErrorText(error)} style={{ marginBottom: 8 }} />
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
      />
    </Card>
  );
}

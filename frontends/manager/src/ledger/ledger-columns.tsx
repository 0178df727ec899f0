import type { TFunction } from 'i18next';
import { Button, Flex, Tag, TierTag, Typography, bankColors, date, money, moneyCompact, type TableColumnsType } from '@crm/ui-kit';
import { Sparkline } from '../common/sparkline';
import { customer360Path, linkClick } from '../routing/manager.routes';
import { FIRST_DIRECTION } from './ledger-state';
import type { LedgerDue, LedgerRow, LedgerSort, SortDirection } from './ledger.queries';

/** The ledger's current order, for the headers' sort arrows (and their aria-sort). */
export interface LedgerOrder {
  sort: LedgerSort;
  direction: SortDirection;
}

/**
 * A header that sorts on the server: antd draws the arrows and sets aria-sort; the page turns antd's
 * sorter into the API's key and direction. Each key starts in its natural direction; a third click
 * goes back to the default order (largest deposits first).
 */
function sortable(key: LedgerSort, current: LedgerOrder) {
  const first = FIRST_DIRECTION[key] === 'ASC' ? 'ascend' : 'descend';
  return {
    key,
    sorter: true,
    sortDirections: (first === 'ascend' ? ['ascend', 'descend'] : ['descend', 'ascend']) as ('ascend' | 'descend')[],
    sortOrder: current.sort === key ? (current.direction === 'ASC' ? ('ascend' as const) : ('descend' as const)) : null,
    showSorterTooltip: false,
  };
}

/** Accounts falling due: how many and how much (万/亿), the first date under it; 无 when none. */
export function DueCell({ due, t, language, testId }: { due: LedgerDue; t: TFunction; language: string; testId: string }) {
  if (due.count === 0)
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        {t('dueNone')}
      </Typography.Text>
    );
  return (
    <Flex vertical data-testid={testId}>
      <span title={money(due.amount, language)}>{t('dueSummary', { count: due.count, amount: moneyCompact(due.amount, language) })}</span>
      {due.firstDate && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('dueFirst', { date: date(due.firstDate) })}
        </Typography.Text>
      )}
    </Flex>
  );
}

export function ledgerColumns({
  t,
  language,
  months,
  order,
  today,
  onNewTask,
}: {
  t: TFunction;
  language: string;
  /** the trends' months, 'YYYY-MM', oldest first */
  months: readonly string[];
  order: LedgerOrder;
  /** the bank's today, 'YYYY-MM-DD': a next step due on or before it has fallen due */
  today: string;
  /** offered only with TASK_MANAGE: a task for this customer */
  onNewTask?: (row: LedgerRow) => void;
}): TableColumnsType<LedgerRow> {
  return [
    {
      title: t('colCustomer'),
      ...sortable('CUSTOMER_NO', order),
      width: 190,
      fixed: 'left',
      render: (_, row) => {
        const path = customer360Path(row.customer.id);
        return (
          <Flex vertical gap={2}>
            <a href={path} onClick={linkClick(path)} data-testid="ledger-customer">
              {row.customer.name}
            </a>
            <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
              {row.customerNo}
            </Typography.Text>
            {row.churnRisk && (
              <span>
                <Tag color="volcano" data-testid="ledger-churn" style={{ marginInlineEnd: 0 }}>
                  {t('churnTag')}
                </Tag>
              </span>
            )}
          </Flex>
        );
      },
    },
    {
      title: t('colTier'),
      ...sortable('TIER', order),
      width: 96,
      render: (_, row) => <TierTag tier={row.tier} testId="ledger-tier" />,
    },
    {
      title: t('colDeposits'),
      ...sortable('DEPOSITS', order),
      align: 'right',
      width: 150,
      render: (_, row) => (
        <Flex vertical align="end" gap={2}>
          <span data-testid="ledger-deposits" title={money(row.depositBalance, language)}>
            {moneyCompact(row.depositBalance, language)}
          </span>
          <Sparkline
            months={months}
            values={row.depositTrend}
            label={t('depositTrend')}
            emptyText={t('noTrend')}
            color={bankColors.navy}
            language={language}
            testId="deposit-trend"
          />
        </Flex>
      ),
    },
    {
      title: t('colLoans'),
      ...sortable('LOANS', order),
      align: 'right',
      width: 150,
      render: (_, row) => (
        <Flex vertical align="end" gap={2}>
          <span data-testid="ledger-loans" title={money(row.loanBalance, language)}>
            {moneyCompact(row.loanBalance, language)}
          </span>
          <Sparkline
            months={months}
            values={row.loanTrend}
            label={t('loanTrend')}
            emptyText={t('noTrend')}
            color={bankColors.goldText}
            language={language}
            testId="loan-trend"
          />
        </Flex>
      ),
    },
    {
      title: t('colMaturing'),
      ...sortable('MATURING', order),
      width: 150,
      render: (_, row) => <DueCell due={row.maturingDeposits} t={t} language={language} testId="ledger-maturing" />,
    },
    {
      title: t('colLoansDue'),
      key: 'loansDue',
      width: 140,
      render: (_, row) => <DueCell due={row.loansDue} t={t} language={language} testId="ledger-loans-due" />,
    },
    {
      title: t('colProducts'),
      key: 'products',
      width: 170,
      render: (_, row) => (
        <Flex gap={4} wrap data-testid="ledger-products">
          {row.productsHeld.map((kind) => (
            <Tag key={kind} style={{ marginInlineEnd: 0 }}>
              {t(`AccountKind_${kind}`)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('colLastContact'),
      ...sortable('LAST_CONTACT', order),
      width: 110,
      // the day on the bank's calendar (Beijing), whatever the browser's zone
      render: (_, row) =>
        row.lastContactAt ? (
          <span data-testid="ledger-last-contact">{date(row.lastContactAt)}</span>
        ) : (
          <Typography.Text type="secondary" data-testid="ledger-last-contact">
            {t('neverContacted')}
          </Typography.Text>
        ),
    },
    {
      title: t('colNextStep'),
      key: 'nextStep',
      width: 220,
      render: (_, row) => {
        const due = row.nextStepDue != null && row.nextStepDue <= today;
        return row.nextStep ? (
          <Flex vertical gap={2} data-testid="ledger-next-step">
            <Typography.Text ellipsis={{ tooltip: row.nextStep }}>{row.nextStep}</Typography.Text>
            {row.nextStepDue && (
              <span>
                {due ? (
                  <Tag color="red" style={{ marginInlineEnd: 0 }}>
                    {t('stepDue')} {date(row.nextStepDue)}
                  </Tag>
                ) : (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('stepDueOn', { date: date(row.nextStepDue) })}
                  </Typography.Text>
                )}
              </span>
            )}
          </Flex>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        );
      },
    },
    ...(onNewTask
      ? [
          {
            title: '',
            key: 'actions',
            width: 80,
            render: (_: unknown, row: LedgerRow) => (
              <Button size="small" type="link" data-testid="ledger-new-task" onClick={() => onNewTask(row)}>
                {t('taskForCustomer')}
              </Button>
            ),
          },
        ]
      : []),
  ];
}

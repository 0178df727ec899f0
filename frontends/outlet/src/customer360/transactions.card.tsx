import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { money, serverPagination } from '@crm/ui-kit';
import { useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import type { Dayjs } from 'dayjs';
import { Alert, Button, Card, Flex, InputNumber, Select, Table, Typography, type TableColumnsType } from '@crm/ui-kit';
import { DatePicker } from '@crm/ui-kit/forms';
import { useOutletTranslation } from '../outlet.i18n';
import { dateTime } from '../common/format';
import { errorText } from '@crm/ui-kit';
import {
  CustomerTransactionsQuery,
  TRANSACTION_CATEGORIES,
  TRANSACTION_CHANNELS,
  type Transaction,
  type TransactionCategory,
  type TransactionChannel,
  type TransactionFilter,
} from './customer360.queries';

interface FilterState {
  range: [Dayjs | null, Dayjs | null] | null;
  channels: TransactionChannel[];
  categories: TransactionCategory[];
  min: number | null;
  max: number | null;
}
const EMPTY: FilterState = { range: null, channels: [], categories: [], min: null, max: null };

/** Only what is set goes to the server; `to` is the end of the chosen day. */
export function toTransactionFilter(f: FilterState): TransactionFilter {
  const out: TransactionFilter = {};
  if (f.range?.[0]) out.from = f.range[0].startOf('day').toISOString();
  if (f.range?.[1]) out.to = f.range[1].endOf('day').toISOString();
  if (f.channels.length) out.channels = f.channels;
  if (f.categories.length) out.categories = f.categories;
  if (f.min != null) out.minAmount = f.min;
  if (f.max != null) out.maxAmount = f.max;
  return out;
}

export function TransactionsCard({ customerId }: { customerId: string }) {
  const { t, i18n } = useOutletTranslation();
  const [filter, setFilter] = useState<FilterState>(EMPTY);
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const rangeError = filter.min != null && filter.max != null && filter.min > filter.max;
  const variables = useMemo<VariablesOf<typeof CustomerTransactionsQuery>>(
    () => ({ id: customerId, filter: toTransactionFilter(filter), page: paging }),
    [customerId, filter, paging],
  );
  const [{ data, fetching, error }] = useQuery({ query: CustomerTransactionsQuery, variables, pause: rangeError });
  const last = useRef<ResultOf<typeof CustomerTransactionsQuery>['customer']>(null);
  if (data?.customer) last.current = data.customer;
  const page = data?.customer?.transactions ?? last.current?.transactions;

  const change = (patch: Partial<FilterState>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const lng = i18n.language;
  const columns = useMemo<TableColumnsType<Transaction>>(
    () => [
      { key: 'bookedAt', dataIndex: 'bookedAt', title: t('colBookedAt'), render: (v: string) => dateTime(v), width: 150 },
      { key: 'account', title: t('colAccount'), render: (_, r) => <span style={{ fontFamily: 'monospace' }}>{r.account.accountNo}</span> },
      {
        key: 'amount',
        title: t('colAmount'),
        align: 'right',
        render: (_, r) => (
          <Typography.Text type={r.direction === 'CREDIT' ? 'success' : undefined}>
            {r.direction === 'CREDIT' ? '+' : '−'}
            {money(Math.abs(r.amount), lng)}
          </Typography.Text>
        ),
      },
      { key: 'channel', dataIndex: 'channel', title: t('colChannel'), render: (v: string) => t(`TransactionChannel_${v}`) },
      { key: 'category', dataIndex: 'category', title: t('colCategory'), render: (v: string) => t(`TransactionCategory_${v}`) },
      {
        key: 'counterparty',
        title: t('colCounterparty'),
        render: (_, r) => [r.counterparty, r.description].filter(Boolean).join(' · ') || t('none'),
      },
      {
        key: 'balanceAfter',
        dataIndex: 'balanceAfter',
        title: t('colBalanceAfter'),
        align: 'right',
        render: (v: number | null) => money(v, lng),
      },
    ],
    [t, lng],
  );

  return (
    <Card size="small" title={t('transactionsTitle')}>
      <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="transaction-filters">
        <DatePicker.RangePicker
          data-testid="tx-range"
          value={filter.range}
          onChange={(v) => change({ range: v as FilterState['range'] })}
          allowEmpty={[true, true]}
        />
        <Select<TransactionChannel[]>
          mode="multiple"
          allowClear
          data-testid="tx-channels"
          aria-label={t('filterChannels')}
          placeholder={t('filterChannels')}
          style={{ minWidth: 160 }}
          value={filter.channels}
          onChange={(v) => change({ channels: v })}
          options={TRANSACTION_CHANNELS.map((c) => ({ value: c, label: t(`TransactionChannel_${c}`) }))}
        />
        <Select<TransactionCategory[]>
          mode="multiple"
          allowClear
          data-testid="tx-categories"
          aria-label={t('filterCategories')}
          placeholder={t('filterCategories')}
          style={{ minWidth: 200 }}
          value={filter.categories}
          onChange={(v) => change({ categories: v })}
          options={TRANSACTION_CATEGORIES.map((c) => ({ value: c, label: t(`TransactionCategory_${c}`) }))}
        />
        <InputNumber<number>
          data-testid="tx-min"
          aria-label={t('minAmount')}
          placeholder={t('minAmount')}
          min={0}
          precision={2}
          value={filter.min}
          onChange={(v) => change({ min: v })}
          status={rangeError ? 'error' : undefined}
        />
        <InputNumber<number>
          data-testid="tx-max"
          aria-label={t('maxAmount')}
          placeholder={t('maxAmount')}
          min={0}
          precision={2}
          value={filter.max}
          onChange={(v) => change({ max: v })}
          status={rangeError ? 'error' : undefined}
        />
        <Button onClick={() => change(EMPTY)}>{t('filterReset')}</Button>
      </Flex>
      {rangeError && <Alert type="warning" showIcon title={t('amountRange')} style={{ marginBottom: 8 }} />}
      {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 8 }} />}
      <div data-testid="transactions-table">
        <Table
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={page?.items ?? []}
          loading={fetching}
          scroll={{ x: 'max-content' }}
          pagination={serverPagination(paging, page?.total ?? 0, setPaging, t)}
        />
      </div>
    </Card>
  );
}

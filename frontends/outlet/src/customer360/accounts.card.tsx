import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { Alert, Card, Space, Switch, Table, Tag, money, type TableColumnsType } from '@crm/ui-kit';
import { useOutletTranslation } from '../outlet.i18n';
import { percent } from '../common/format';
import { errorText } from '@crm/ui-kit';
import { CustomerAccountsQuery, type Account, type AccountStatus } from './customer360.queries';

const statusColor: Record<AccountStatus, string> = { OPEN: 'green', FROZEN: 'orange', CLOSED: 'default' };

export function AccountsCard({ customerId }: { customerId: string }) {
  const { t, i18n } = useOutletTranslation();
  const [includeClosed, setIncludeClosed] = useState(false);
  const [{ data, fetching, error }] = useQuery({ query: CustomerAccountsQuery, variables: { id: customerId, includeClosed } });
  const lng = i18n.language;
  const columns = useMemo<TableColumnsType<Account>>(
    () => [
      {
        key: 'accountNo',
        dataIndex: 'accountNo',
        title: t('colAccountNo'),
        render: (v: string) => <span style={{ fontFamily: 'monospace' }}>{v}</span>,
      },
      { key: 'kind', dataIndex: 'kind', title: t('colAccountKind'), render: (v: string) => t(`AccountKind_${v}`) },
      {
        key: 'balance',
        dataIndex: 'balance',
        title: t('colBalance'),
        align: 'right',
        render: (v: number, a) => (a.currency === 'CNY' ? money(v, lng) : `${a.currency} ${v.toFixed(2)}`),
      },
      { key: 'rate', dataIndex: 'interestRate', title: t('colRate'), align: 'right', render: (v: number | null) => percent(v) },
      { key: 'openedOn', dataIndex: 'openedOn', title: t('colOpenedOn') },
      { key: 'maturesOn', dataIndex: 'maturesOn', title: t('colMaturity'), render: (v: string | null) => v ?? t('none') },
      {
        key: 'status',
        dataIndex: 'status',
        title: t('colAccountStatus'),
        render: (v: AccountStatus) => <Tag color={statusColor[v]}>{t(`AccountStatus_${v}`)}</Tag>,
      },
    ],
    [t, lng],
  );
  return (
    <Card
      size="small"
      title={t('accountsTitle')}
      extra={
        <Space>
          <span>{t('showClosed')}</span>
          <Switch
            size="small"
            data-testid="accounts-include-closed"
            aria-label={t('showClosed')}
            checked={includeClosed}
            onChange={setIncludeClosed}
          />
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 8 }} />}
      <div data-testid="accounts-table">
        <Table
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={data?.customer?.accounts ?? []}
          loading={fetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </div>
    </Card>
  );
}

import { Tag, bankColors, type TableColumnsType } from '@crm/ui-kit';
import type { TFunction } from 'i18next';
import type { CustomerRow, CustomerStatus } from './customers.queries';

const statusColor: Record<CustomerStatus, string> = { ACTIVE: 'green', DORMANT: 'orange', CLOSED: 'default', MERGED: 'purple' };

export function customerColumns(t: TFunction, language: string, customerPath?: (id: string) => string): TableColumnsType<CustomerRow> {
  return [
    { key: 'customerNo', dataIndex: 'customerNo', title: t('colCustomerNo'), width: 150 },
    {
      key: 'name',
      dataIndex: 'name',
      title: t('colName'),
      render: (name: string, row) => {
        if (!customerPath) return name;
        const path = customerPath(row.id);
        // the row's onClick navigates; the link keeps ctrl/middle-click "open in a new tab"
        return (
          <a
            href={path}
            data-testid="customer-link"
            onClick={(e) => {
              if (!e.ctrlKey && !e.metaKey && !e.shiftKey && e.button === 0) e.preventDefault();
              else e.stopPropagation();
            }}
          >
            {name}
          </a>
        );
      },
    },
    {
      key: 'kind',
      dataIndex: 'kind',
      title: t('colKind'),
      width: 100,
      render: (kind: CustomerRow['kind']) => (
        <Tag color={kind === 'CORPORATE' ? bankColors.goldText : bankColors.navy}>{t(`kind${kind}`)}</Tag>
      ),
    },
    { key: 'idNumber', dataIndex: 'idNumber', title: t('colIdNumber') }, // masked by the server unless the role allows
    { key: 'phone', dataIndex: 'phone', title: t('colPhone'), render: (phone: string | null) => phone ?? '—' },
    {
      key: 'homeOrgUnit',
      title: t('colHomeOrgUnit'),
      render: (_: unknown, row) => (language === 'en' && row.homeOrgUnit.nameEn ? row.homeOrgUnit.nameEn : row.homeOrgUnit.name),
    },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('colStatus'),
      width: 90,
      render: (status: CustomerStatus) => <Tag color={statusColor[status]}>{t(`status${status}`)}</Tag>,
    },
  ];
}

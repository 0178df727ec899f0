import { Tag, TierTag, Typography, bankColors, date, moneyCompact, type TableColumnsType, type TierCode } from '@crm/ui-kit';
import type { TFunction } from 'i18next';
import type { CustomerRow, CustomerSort, CustomerStatus, SortDirection } from './customers.queries';
import { FIRST_DIRECTION } from './list-state';

const statusColor: Record<CustomerStatus, string> = { ACTIVE: 'green', DORMANT: 'orange', CLOSED: 'default', MERGED: 'purple' };

/** The list's current order, for the headers' sort arrows (and their aria-sort). */
export interface ColumnSort {
  sort: CustomerSort;
  direction: SortDirection;
}

/**
 * A header that sorts on the server: antd draws the arrows and sets aria-sort; the page turns antd's
 * sorter into the API's key and direction. Each key starts in its natural direction; a third click
 * goes back to the default order (newest first).
 */
function sortable(key: CustomerSort, current: ColumnSort | undefined) {
  const first = FIRST_DIRECTION[key] === 'ASC' ? 'ascend' : 'descend';
  return {
    sorter: true,
    sortDirections: (first === 'ascend' ? ['ascend', 'descend'] : ['descend', 'ascend']) as ('ascend' | 'descend')[],
    sortOrder: current?.sort === key ? (current.direction === 'ASC' ? ('ascend' as const) : ('descend' as const)) : null,
    showSorterTooltip: false,
  };
}

export function customerColumns(
  t: TFunction,
  language: string,
  customerPath?: (id: string) => string,
  current?: ColumnSort,
  /** false when the managers could not be read: a missing manager is then unknown, not "none assigned" */
  managersKnown = true,
): TableColumnsType<CustomerRow> {
  return [
    { key: 'customerNo', dataIndex: 'customerNo', title: t('colCustomerNo'), width: 150 },
    {
      key: 'NAME',
      dataIndex: 'name',
      title: t('colName'),
      ...sortable('NAME', current),
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
      key: 'TIER',
      dataIndex: 'tier',
      title: t('colTier'),
      ...sortable('TIER', current),
      render: (tier: TierCode | null | undefined) => <TierTag tier={tier ?? null} />,
    },
    {
      key: 'manager',
      dataIndex: 'manager',
      title: t('colManager'),
      // the primary manager (the managers subgraph); 兼职 said beside the name, 专职 is the usual case
      render: (manager: CustomerRow['manager']) =>
        manager ? (
          <span data-testid="customer-manager" title={t(`ManagerEmployment_${manager.employment}`)}>
            {manager.staff.name}
            {manager.employment === 'PART_TIME' && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('partTimeMark')}
              </Typography.Text>
            )}
          </span>
        ) : (
          <Typography.Text type="secondary" data-testid="customer-manager">
            {managersKnown ? t('noManager') : t('none')}
          </Typography.Text>
        ),
    },
    {
      key: 'AUM',
      dataIndex: 'aum',
      title: t('colAum'),
      align: 'right',
      ...sortable('AUM', current),
      render: (aum: number) => <span data-testid="customer-aum">{moneyCompact(aum, language)}</span>,
    },
    {
      key: 'LAST_CONTACT',
      dataIndex: 'lastContactAt',
      title: t('colLastContact'),
      ...sortable('LAST_CONTACT', current),
      // the day on the bank's calendar (Beijing), whatever the browser's zone
      render: (at: string | null) => (at ? date(at) : <Typography.Text type="secondary">{t('neverContacted')}</Typography.Text>),
    },
    {
      key: 'STATUS',
      dataIndex: 'status',
      title: t('colStatus'),
      width: 100,
      ...sortable('STATUS', current),
      render: (status: CustomerStatus) => <Tag color={statusColor[status]}>{t(`status${status}`)}</Tag>,
    },
    {
      key: 'UNIT',
      title: t('colHomeOrgUnit'),
      ...sortable('UNIT', current),
      render: (_: unknown, row) => (language === 'en' && row.homeOrgUnit.nameEn ? row.homeOrgUnit.nameEn : row.homeOrgUnit.name),
    },
  ];
}

import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { PageTitle, errorText, serverPagination } from '@crm/ui-kit';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons'; // icons per remote: the icon set is not shared
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  InputNumber,
  Segmented,
  Select,
  Table,
  Typography,
  labelIn,
  tierLabels,
  tierOrders,
  tierSchemeLabels,
  unitName,
  type TableProps,
  type TierCode,
} from '@crm/ui-kit';
import { can, type RemotePageProps } from '@crm/shared-types';
import { useOutletTranslation } from '../outlet.i18n';
import { linkClick, navigateTo, outletPath } from '../routing/outlet.routes';
import { customerColumns } from './customer-columns';
import { CustomerSummaryCard } from './customer-summary.card';
import {
  CustomerCountsQuery,
  CustomerListQuery,
  OutletListManagersQuery,
  OutletUnitsQuery,
  type CustomerKind,
  type CustomerRow,
  type CustomerStatus,
} from './customers.queries';
import {
  DEFAULT_STATE,
  FIRST_DIRECTION,
  NO_MANAGER,
  SILENT_DAYS,
  SORTS,
  STATUSES,
  hasFilters,
  listFilter,
  listStateQuery,
  parseListState,
  type ListState,
} from './list-state';

type KindChoice = 'ALL' | CustomerKind;
const SEARCH_DEBOUNCE_MS = 300;
/** The AUM inputs are in 万元 (10,000 yuan), as branch staff speak of assets; the API takes yuan. */
const WAN = 10_000;

/**
 * Only the customers' managers could not be read (the managers subgraph failed; the gateway still
 * answered the list): the rows are shown, their manager as unknown, with a warning — never "none assigned".
 */
export const onlyManagersFailed = (error: CombinedError | undefined) =>
  !!error && !error.networkError && error.graphQLErrors.length > 0 && error.graphQLErrors.every((e) => (e.path ?? []).includes('manager'));

/** The staff member's scoped customers: search, kind filter, server-side paging, summary. */
export function CustomerListPage({ user, basePath, shellNavigation }: RemotePageProps) {
  const { t, i18n } = useOutletTranslation();
  // one state, in the URL's query string: a reload or Back shows the same list; a new search, filter
  // or order also returns to page 1 in the same update
  const [query, setQuery] = useState<ListState>(() => parseListState(window.location.search));
  const [typed, setTyped] = useState(query.search);
  const { search, kind } = query;

  useEffect(() => {
    const next = `${window.location.pathname}${listStateQuery(query)}${window.location.hash}`;
    // replace, not push: the list is one place in the history, Back leaves it
    if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', next);
  }, [query]);

  const applySearch = (value: string) => {
    const next = value.trim();
    setQuery((q) => (q.search === next ? q : { ...q, search: next, page: 1 }));
  };
  const setFilter = (part: Partial<ListState>) => setQuery((q) => ({ ...q, ...part, page: 1 }));

  // search as the user types, without a request per keystroke
  useEffect(() => {
    const timer = setTimeout(() => applySearch(typed), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const listVars = useMemo<VariablesOf<typeof CustomerListQuery>>(
    () => ({
      filter: listFilter(query),
      page: { page: query.page, pageSize: query.pageSize },
      sort: query.sort,
      direction: query.direction,
    }),
    [query],
  );
  // the summary splits by kind itself: every other part of the filter applies
  const countFilter = useMemo(() => listFilter({ ...query, page: 1 }, false), [query]);
  const countVars = useMemo<VariablesOf<typeof CustomerCountsQuery>>(() => ({ filter: countFilter }), [countFilter]);

  const [list, reloadList] = useQuery({ query: CustomerListQuery, variables: listVars });
  const [counts, reloadCounts] = useQuery({ query: CustomerCountsQuery, variables: countVars });

  // keep the last page on screen while the next one loads, instead of flashing an empty table
  const lastPage = useRef<ResultOf<typeof CustomerListQuery>['customers'] | undefined>(undefined);
  const managersFailed = onlyManagersFailed(list.error) && !!list.data?.customers;
  if (list.data?.customers) lastPage.current = list.data.customers;
  const page = list.error && !managersFailed ? undefined : (list.data?.customers ?? lastPage.current);

  const customerPath = useCallback((id: string) => outletPath(basePath, { name: 'customer', id }), [basePath]);
  const order = useMemo(() => ({ sort: query.sort, direction: query.direction }), [query.sort, query.direction]);
  const columns = useMemo(
    () => customerColumns(t, i18n.language, customerPath, order, !managersFailed),
    [t, i18n.language, customerPath, order, managersFailed],
  );
  // a header click: antd's column key is the API's sort key; no order (the third click) is the default, newest first
  const onTableChange: TableProps<CustomerRow>['onChange'] = (_p, _f, sorter, extra) => {
    if (extra.action !== 'sort') return;
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = SORTS.find((k) => k === one?.columnKey);
    setQuery((q) =>
      key && one?.order
        ? { ...q, sort: key, direction: one.order === 'ascend' ? 'ASC' : 'DESC', page: 1 }
        : { ...q, sort: DEFAULT_STATE.sort, direction: FIRST_DIRECTION[DEFAULT_STATE.sort], page: 1 },
    );
  };
  const newCustomerPath = outletPath(basePath, { name: 'newCustomer' });
  const error = (managersFailed ? undefined : list.error) ?? counts.error;
  const retry = () => {
    reloadList({ requestPolicy: 'network-only' });
    reloadCounts({ requestPolicy: 'network-only' });
  };

  return (
    <Flex vertical gap={16}>
      <Flex align="baseline" gap={12} wrap>
        <PageTitle shellNavigation={shellNavigation}>{t('pageTitle')}</PageTitle>
        <Typography.Text type="secondary">{t('scope', { user: user.name })}</Typography.Text>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="new-customer"
          href={newCustomerPath}
          onClick={linkClick(newCustomerPath)}
          style={{ marginInlineStart: 'auto' }}
        >
          {t('newCustomer')}
        </Button>
      </Flex>
      {error && (
        <Alert
          type="error"
          showIcon
          data-testid="customer-error"
          title={t('loadFailed')}
          description={errorText(error)}
          action={
            <Button size="small" onClick={retry}>
              {t('retry')}
            </Button>
          }
        />
      )}
      {managersFailed && <Alert type="warning" showIcon data-testid="managers-unavailable" title={t('managersUnavailable')} />}
      {/* the donut waits for the list: the rows are what the user came for, echarts (~195 KiB gz) comes after them */}
      <CustomerSummaryCard
        counts={counts.data?.customerCounts}
        loading={counts.fetching}
        chartAfter={list.data !== undefined || list.error !== undefined}
      />
      <Card size="small">
        <Flex gap={12} wrap style={{ marginBottom: 12 }}>
          {/* plain Input: antd 6's Input.Search puts data-* on its wrapper, the test hook must be the <input> */}
          <Input
            data-testid="customer-search"
            aria-label={t('searchPlaceholder')}
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('searchPlaceholder')}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onPressEnter={() => applySearch(typed)}
            style={{ maxWidth: 360 }}
          />
          <Segmented<KindChoice>
            data-testid="customer-kind-filter"
            value={kind ?? 'ALL'}
            onChange={(v) => setFilter({ kind: v === 'ALL' ? null : v })}
            options={[
              { value: 'ALL', label: t('kindAll') },
              { value: 'INDIVIDUAL', label: t('kindINDIVIDUAL') },
              { value: 'CORPORATE', label: t('kindCORPORATE') },
            ]}
          />
        </Flex>
        <ListFilters query={query} setFilter={setFilter} mayReadManagers={can(user, 'MANAGER_READ')} />
        <div data-testid="customer-table">
          <Table
            rowKey="id"
            size="middle"
            // a click anywhere on the row opens the customer 360 (the name is also a real link)
            onRow={(row) => ({ onClick: () => navigateTo(customerPath(row.id)), style: { cursor: 'pointer' } })}
            columns={columns}
            onChange={onTableChange}
            dataSource={page?.items ?? []}
            loading={list.fetching}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: search ? <NoMatch search={search} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} />,
              // antd's own sort tooltips are off (showSorterTooltip); its aria-labels in the user's language
              triggerAsc: t('sortAsc'),
              triggerDesc: t('sortDesc'),
              cancelSort: t('sortCancel'),
            }}
            pagination={serverPagination(query, page?.total ?? 0, (next) => setQuery((q) => ({ ...q, ...next })), t)}
          />
        </div>
      </Card>
    </Flex>
  );
}

/** A search that found nothing says so, with what was searched, and which forms a search accepts. */
function NoMatch({ search }: { search: string }) {
  const { t } = useOutletTranslation();
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <div data-testid="customer-search-hint">
          <Typography.Text style={{ display: 'block' }}>{t('noMatchFor', { search })}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('searchForms')}
          </Typography.Text>
        </div>
      }
    />
  );
}

/**
 * The list's filters: tier (either scheme's tiers), AUM range in 万元, status, home unit, "not
 * contacted for" a month, a quarter, half a year or a year, and the primary manager (one of the
 * managers in the caller's scope, or none). Every control is named from the i18n strings; each change
 * goes to the server and back to page 1.
 */
function ListFilters({
  query,
  setFilter,
  mayReadManagers,
}: {
  query: ListState;
  setFilter: (part: Partial<ListState>) => void;
  /** MANAGER_READ: the managers to choose from (without it, only "no manager") */
  mayReadManagers: boolean;
}) {
  const { t, i18n } = useOutletTranslation();
  const language = i18n.language;
  const [units] = useQuery({ query: OutletUnitsQuery });
  const [managers] = useQuery({ query: OutletListManagersQuery, pause: !mayReadManagers });
  const managerOptions = useMemo(
    () => [
      { value: NO_MANAGER, label: t('managerNone') },
      ...(managers.data?.customerManagers.items ?? []).map((m) => ({
        value: m.id,
        label: t('managerOption', { name: m.staff.name, unit: unitName(m.orgUnit, language) }),
      })),
    ],
    [managers.data, t, language],
  );
  const unitOptions = useMemo(() => {
    const all = [...(units.data?.myOrgUnit ? [units.data.myOrgUnit] : []), ...(units.data?.orgUnits ?? [])];
    const seen = new Set<string>();
    return all
      .filter((u) => !seen.has(u.id) && seen.add(u.id))
      .map((u) => ({ value: u.id, label: language === 'en' && u.nameEn ? u.nameEn : u.name }));
  }, [units.data, language]);
  const tierOptions = (['VALUE_PYRAMID', 'QUALITY_LADDER'] as const).map((scheme) => ({
    label: labelIn(tierSchemeLabels[scheme], language),
    title: labelIn(tierSchemeLabels[scheme], language),
    options: tierOrders[scheme]
      // KEY is in both schemes: offered once, under the pyramid
      .filter((tier) => scheme === 'VALUE_PYRAMID' || !(tierOrders.VALUE_PYRAMID as readonly string[]).includes(tier))
      .map((tier) => ({ value: tier, label: labelIn(tierLabels[tier], language) })),
  }));
  const wan = (yuan: number | null) => (yuan == null ? null : yuan / WAN);
  const yuan = (value: number | string | null) => (value == null || value === '' ? null : Math.round(Number(value) * WAN * 100) / 100);

  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }} data-testid="customer-filters">
      <Select<TierCode[]>
        mode="multiple"
        allowClear
        data-testid="filter-tier"
        aria-label={t('filterTier')}
        placeholder={t('filterTier')}
        value={query.tiers}
        onChange={(tiers) => setFilter({ tiers })}
        options={tierOptions}
        style={{ minWidth: 200 }}
        maxTagCount="responsive"
      />
      <Flex gap={4} align="center">
        <InputNumber<number>
          data-testid="filter-aum-min"
          aria-label={t('filterAumMin')}
          placeholder={t('filterAumMin')}
          min={0}
          precision={2}
          // no spinner buttons: an amount is typed, and antd names them in English only
          controls={false}
          value={wan(query.aumMin)}
          onChange={(v) => setFilter({ aumMin: yuan(v) })}
          style={{ width: 150 }}
        />
        <Typography.Text type="secondary">–</Typography.Text>
        <InputNumber<number>
          data-testid="filter-aum-max"
          aria-label={t('filterAumMax')}
          placeholder={t('filterAumMax')}
          min={0}
          precision={2}
          // no spinner buttons: an amount is typed, and antd names them in English only
          controls={false}
          value={wan(query.aumMax)}
          onChange={(v) => setFilter({ aumMax: yuan(v) })}
          style={{ width: 150 }}
        />
        <Typography.Text type="secondary">{t('aumUnit')}</Typography.Text>
      </Flex>
      <Select<CustomerStatus>
        allowClear
        data-testid="filter-status"
        aria-label={t('filterStatus')}
        placeholder={t('filterStatus')}
        value={query.status ?? undefined}
        onChange={(status) => setFilter({ status: status ?? null })}
        options={STATUSES.map((s) => ({ value: s, label: t(`status${s}`) }))}
        style={{ width: 130 }}
      />
      <Select<string>
        allowClear
        data-testid="filter-unit"
        aria-label={t('filterUnit')}
        placeholder={t('filterUnit')}
        value={query.unit ?? undefined}
        onChange={(unit) => setFilter({ unit: unit ?? null })}
        options={unitOptions}
        loading={units.fetching}
        style={{ width: 180 }}
      />
      <Select<number>
        allowClear
        data-testid="filter-silent"
        aria-label={t('filterSilent')}
        placeholder={t('filterSilent')}
        value={query.silentDays ?? undefined}
        onChange={(days) => setFilter({ silentDays: days ?? null })}
        options={SILENT_DAYS.map((d) => ({ value: d, label: t('silentDays', { count: d }) }))}
        style={{ width: 170 }}
      />
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        data-testid="filter-manager"
        aria-label={t('filterManager')}
        placeholder={t('filterManager')}
        value={query.manager ?? undefined}
        onChange={(manager) => setFilter({ manager: manager ?? null })}
        options={managerOptions}
        loading={managers.fetching}
        style={{ width: 200 }}
      />
      {hasFilters(query) && (
        <Button
          type="link"
          data-testid="filter-clear"
          onClick={() =>
            setFilter({ kind: null, tiers: [], aumMin: null, aumMax: null, status: null, unit: null, silentDays: null, manager: null })
          }
        >
          {t('filterClear')}
        </Button>
      )}
    </Flex>
  );
}

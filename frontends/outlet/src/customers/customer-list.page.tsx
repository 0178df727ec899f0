import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { serverPagination } from '@crm/ui-kit';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons'; // icons per remote: the icon set is not shared
import { Alert, Button, Card, Empty, Flex, Input, Segmented, Table, Typography } from '@crm/ui-kit';
import type { RemotePageProps } from '@crm/shared-types';
import { useOutletTranslation } from '../outlet.i18n';
import { linkClick, navigateTo, outletPath } from '../routing/outlet.routes';
import { customerColumns } from './customer-columns';
import { CustomerSummaryCard } from './customer-summary.card';
import { CustomerCountsQuery, CustomerListQuery, type CustomerFilter, type CustomerKind } from './customers.queries';

type KindChoice = 'ALL' | CustomerKind;
const SEARCH_DEBOUNCE_MS = 300;

/** The server's own words; urql would prefix "[GraphQL]". */
export function errorText(error: CombinedError) {
  return error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message;
}

/** The staff member's scoped customers: search, kind filter, server-side paging, summary. */
export function CustomerListPage({ user, basePath }: RemotePageProps) {
  const { t, i18n } = useOutletTranslation();
  const [typed, setTyped] = useState('');
  // one state, so a new search or kind also returns to page 1 in the same update
  const [query, setQuery] = useState({ search: '', kind: 'ALL' as KindChoice, page: 1, pageSize: 20 });
  const { search, kind } = query;

  const applySearch = (value: string) => {
    const next = value.trim();
    setQuery((q) => (q.search === next ? q : { ...q, search: next, page: 1 }));
  };

  // search as the user types, without a request per keystroke
  useEffect(() => {
    const timer = setTimeout(() => applySearch(typed), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const searchFilter = useMemo<CustomerFilter>(() => (search ? { search } : {}), [search]);
  const listVars = useMemo<VariablesOf<typeof CustomerListQuery>>(
    () => ({ filter: kind === 'ALL' ? searchFilter : { ...searchFilter, kind }, page: { page: query.page, pageSize: query.pageSize } }),
    [searchFilter, kind, query.page, query.pageSize],
  );
  const countVars = useMemo<VariablesOf<typeof CustomerCountsQuery>>(() => ({ filter: searchFilter }), [searchFilter]);

  const [list, reloadList] = useQuery({ query: CustomerListQuery, variables: listVars });
  const [counts, reloadCounts] = useQuery({ query: CustomerCountsQuery, variables: countVars });

  // keep the last page on screen while the next one loads, instead of flashing an empty table
  const lastPage = useRef<ResultOf<typeof CustomerListQuery>['customers'] | undefined>(undefined);
  if (list.data) lastPage.current = list.data.customers;
  const page = list.error ? undefined : (list.data?.customers ?? lastPage.current);

  const customerPath = useCallback((id: string) => outletPath(basePath, { name: 'customer', id }), [basePath]);
  const columns = useMemo(() => customerColumns(t, i18n.language, customerPath), [t, i18n.language, customerPath]);
  const newCustomerPath = outletPath(basePath, { name: 'newCustomer' });
  const error = list.error ?? counts.error;
  const retry = () => {
    reloadList({ requestPolicy: 'network-only' });
    reloadCounts({ requestPolicy: 'network-only' });
  };

  return (
    <Flex vertical gap={16}>
      <Flex align="baseline" gap={12} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('pageTitle')}
        </Typography.Title>
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
      <CustomerSummaryCard counts={counts.data?.customerCounts} loading={counts.fetching} />
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
            value={kind}
            onChange={(v) => setQuery((q) => ({ ...q, kind: v, page: 1 }))}
            options={[
              { value: 'ALL', label: t('kindAll') },
              { value: 'INDIVIDUAL', label: t('kindINDIVIDUAL') },
              { value: 'CORPORATE', label: t('kindCORPORATE') },
            ]}
          />
        </Flex>
        <div data-testid="customer-table">
          <Table
            rowKey="id"
            size="middle"
            // a click anywhere on the row opens the customer 360 (the name is also a real link)
            onRow={(row) => ({ onClick: () => navigateTo(customerPath(row.id)), style: { cursor: 'pointer' } })}
            columns={columns}
            dataSource={page?.items ?? []}
            loading={list.fetching}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: search ? <NoMatch search={search} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} />,
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

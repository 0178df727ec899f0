import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { DownloadOutlined } from '@ant-design/icons'; // icons per remote: the icon set is not shared
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  PageTitle,
  Result,
  Row,
  Select,
  Spin,
  Statistic,
  Switch,
  Table,
  Typography,
  count,
  errorCode,
  labelIn,
  money,
  moneyCompact,
  serverPagination,
  tierLabels,
  tierOrders,
  tierSchemeLabels,
  unitName,
  type TableProps,
  type TierCode,
} from '@crm/ui-kit';
import { can, type RemotePageProps } from '@crm/shared-types';
import { bankToday } from '../common/calendar';
import { managerErrorText } from '../common/server-errors';
import { useManagerTranslation } from '../manager.i18n';
import { DueCell, ledgerColumns } from './ledger-columns';
import {
  DEFAULT_LEDGER,
  FIRST_DIRECTION,
  MATURING_DAYS,
  SILENT_DAYS,
  SORTS,
  hasLedgerFilters,
  ledgerFilter,
  ledgerStateQuery,
  parseLedgerState,
  type LedgerState,
} from './ledger-state';
import {
  ExportLedgerMutation,
  LedgerQuery,
  MeQuery,
  type LedgerPage as Page,
  type LedgerRow,
  type LedgerVariables,
  type Me,
} from './ledger.queries';

// a task for a customer of the ledger: the dialog (antd's form and date picker) loads when it opens
const CreateTaskDialog = lazy(() => import('../tasks/task-dialogs').then((m) => ({ default: m.CreateTaskDialog })));

/**
 * 我的台账 — the signed-in customer manager's ledger (`customerManager(id: sub)`): who they are as a
 * manager and their whole portfolio in figures on top (ledgerSummary), then their customers —
 * server-paged, sorted and filtered on the server, the state in the URL — with tier, deposits and
 * loans with their 12-month trends, what falls due in 30 days, products held, last contact and next
 * step. CSV export with CUSTOMER_EXPORT; a task for a customer with TASK_MANAGE.
 */
export function LedgerPage({ user, shellNavigation }: RemotePageProps) {
  const { t } = useManagerTranslation();
  const [me, reloadMe] = useQuery({ query: MeQuery, variables: { id: user.sub } });
  const manager = me.data?.customerManager;

  let body;
  if (me.error && !me.data) {
    body =
      errorCode(me.error) === 'NOT_FOUND' ? (
        <Result status="info" title={t('notAManager')} data-testid="not-a-manager" />
      ) : (
        <Alert
          type="error"
          showIcon
          data-testid="ledger-error"
          title={t('loadFailed')}
          description={managerErrorText(me.error)}
          action={
            <Button size="small" onClick={() => reloadMe({ requestPolicy: 'network-only' })}>
              {t('retry')}
            </Button>
          }
        />
      );
  } else if (!manager) {
    body = (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin />
      </Flex>
    );
  } else {
    body = (
      <>
        <ManagerSummary manager={manager} />
        <LedgerTable user={user} managerId={manager.id} />
      </>
    );
  }

  return (
    <Flex vertical gap={16} data-testid="manager-ledger">
      <PageTitle shellNavigation={shellNavigation}>{t('navLedger')}</PageTitle>
      {body}
    </Flex>
  );
}

/** The manager (name, unit, grade, 专职/兼职, portfolio against capacity) and the whole ledger in figures. */
function ManagerSummary({ manager }: { manager: Me }) {
  const { t, i18n } = useManagerTranslation();
  const lang = i18n.language;
  const s = manager.ledgerSummary;
  const kpi = (testId: string, title: string, value: string, exact?: string) => (
    // the exact figure behind a 万/亿 amount on hover
    <Col xs={12} md={8} xl={4} data-testid={testId} title={exact}>
      <Statistic title={title} value={value} styles={{ content: { fontSize: 20 } }} />
    </Col>
  );
  return (
    <Card size="small" data-testid="manager-summary">
      <Flex align="baseline" gap={16} wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }} data-testid="manager-name">
          {manager.staff.name}
        </Typography.Title>
        <Typography.Text type="secondary">{unitName(manager.orgUnit, lang)}</Typography.Text>
        <Typography.Text type="secondary">{t(`ManagerGrade_${manager.grade}`)}</Typography.Text>
        <Typography.Text type="secondary">{t(`ManagerEmployment_${manager.employment}`)}</Typography.Text>
        <Typography.Text type="secondary" data-testid="manager-portfolio">
          {t('portfolio')} / {t('capacity')}：{count(manager.portfolioSize, lang)} / {count(manager.capacity, lang)}
        </Typography.Text>
      </Flex>
      <Row gutter={[16, 16]} data-testid="ledger-summary">
        {kpi('kpi-customers', t('sumCustomers'), t('customersCount', { count: count(s.customers, lang) }))}
        {kpi('kpi-deposits', t('sumDeposits'), moneyCompact(s.deposits, lang), money(s.deposits, lang))}
        {kpi('kpi-loans', t('sumLoans'), moneyCompact(s.loans, lang), money(s.loans, lang))}
        <Col xs={12} md={8} xl={4} data-testid="kpi-maturing">
          <Typography.Text type="secondary">{t('sumMaturing')}</Typography.Text>
          <DueCell due={s.maturingDeposits} t={t} language={lang} testId="kpi-maturing-due" />
        </Col>
        <Col xs={12} md={8} xl={4} data-testid="kpi-loans-due">
          <Typography.Text type="secondary">{t('sumLoansDue')}</Typography.Text>
          <DueCell due={s.loansDue} t={t} language={lang} testId="kpi-loans-due-due" />
        </Col>
        {kpi('kpi-churn', t('sumChurn'), t('customersCount', { count: count(s.atChurnRisk, lang) }))}
      </Row>
    </Card>
  );
}

/** The ledger's rows: filters, order and page in the URL, every change a new request to the server. */
function LedgerTable({ user, managerId }: { user: RemotePageProps['user']; managerId: string }) {
  const { t, i18n } = useManagerTranslation();
  const lang = i18n.language;
  const { message } = App.useApp();
  const [state, setState] = useState<LedgerState>(() => parseLedgerState(window.location.search));
  const [taskFor, setTaskFor] = useState<LedgerRow | null>(null);

  useEffect(() => {
    const next = `${window.location.pathname}${ledgerStateQuery(state)}${window.location.hash}`;
    // replace, not push: the ledger is one place in the history, Back leaves it
    if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', next);
  }, [state]);
  const setFilter = (part: Partial<LedgerState>) => setState((s) => ({ ...s, ...part, page: 1 }));

  const variables = useMemo<LedgerVariables>(
    () => ({
      id: managerId,
      page: { page: state.page, pageSize: state.pageSize },
      sort: state.sort,
      direction: state.direction,
      filter: ledgerFilter(state),
    }),
    [managerId, state],
  );
  const [{ data, fetching, error }, reload] = useQuery({ query: LedgerQuery, variables });
  // keep the last page on screen while the next one loads, instead of flashing an empty table
  const lastPage = useRef<Page | undefined>(undefined);
  if (data?.customerManager.ledger) lastPage.current = data.customerManager.ledger;
  const page = error ? undefined : (data?.customerManager.ledger ?? lastPage.current);

  const today = bankToday();
  const order = useMemo(() => ({ sort: state.sort, direction: state.direction }), [state.sort, state.direction]);
  const mayManageTasks = can(user, 'TASK_MANAGE');
  const columns = useMemo(
    () =>
      ledgerColumns({
        t,
        language: lang,
        months: page?.trendMonths ?? [],
        order,
        today,
        onNewTask: mayManageTasks ? setTaskFor : undefined,
      }),
    [t, lang, page?.trendMonths, order, today, mayManageTasks],
  );
  // a header click: antd's column key is the API's sort key; no order (the third click) is the default
  const onTableChange: TableProps<LedgerRow>['onChange'] = (_p, _f, sorter, extra) => {
    if (extra.action !== 'sort') return;
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = SORTS.find((k) => k === one?.columnKey);
    setState((s) =>
      key && one?.order
        ? { ...s, sort: key, direction: one.order === 'ascend' ? 'ASC' : 'DESC', page: 1 }
        : { ...s, sort: DEFAULT_LEDGER.sort, direction: FIRST_DIRECTION[DEFAULT_LEDGER.sort], page: 1 },
    );
  };

  const [exporting, exportLedger] = useMutation(ExportLedgerMutation);
  const downloadCsv = async () => {
    const result = await exportLedger({ managerId, filter: ledgerFilter(state) });
    const file = result.data?.exportLedger;
    if (result.error || !file) {
      void message.error(result.error ? managerErrorText(result.error) : t('loadFailed'));
      return;
    }
    const url = URL.createObjectURL(new Blob([file.csv], { type: file.contentType }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.filename;
    a.click();
    URL.revokeObjectURL(url);
    void message.success(t('exported', { rows: count(file.rows, lang) }));
  };

  const tierOptions = (['VALUE_PYRAMID', 'QUALITY_LADDER'] as const).map((scheme) => ({
    label: labelIn(tierSchemeLabels[scheme], lang),
    title: labelIn(tierSchemeLabels[scheme], lang),
    options: tierOrders[scheme]
      // KEY is in both schemes: offered once, under the pyramid
      .filter((tier) => scheme === 'VALUE_PYRAMID' || !(tierOrders.VALUE_PYRAMID as readonly string[]).includes(tier))
      .map((tier) => ({ value: tier, label: labelIn(tierLabels[tier], lang) })),
  }));

  return (
    <Card size="small">
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }} data-testid="ledger-filters">
        <Select<TierCode[]>
          mode="multiple"
          allowClear
          data-testid="filter-tier"
          aria-label={t('filterTier')}
          placeholder={t('filterTier')}
          value={state.tiers}
          onChange={(tiers) => setFilter({ tiers })}
          options={tierOptions}
          style={{ minWidth: 180 }}
          maxTagCount="responsive"
        />
        <Select<number | ''>
          data-testid="filter-maturing"
          aria-label={t('filterMaturing')}
          value={state.maturingWithinDays ?? ''}
          onChange={(v) => setFilter({ maturingWithinDays: v === '' ? null : v })}
          options={[
            { value: '', label: t('filterMaturing') },
            ...MATURING_DAYS.map((days) => ({ value: days, label: t('maturingWithin', { days }) })),
          ]}
          style={{ minWidth: 140 }}
        />
        <Select<number | ''>
          data-testid="filter-silent"
          aria-label={t('filterSilent')}
          value={state.notContactedForDays ?? ''}
          onChange={(v) => setFilter({ notContactedForDays: v === '' ? null : v })}
          options={[
            { value: '', label: t('filterSilent') },
            ...SILENT_DAYS.map((days) => ({ value: days, label: t('silentFor', { days }) })),
          ]}
          style={{ minWidth: 150 }}
        />
        <Flex gap={6} align="center">
          <Switch
            size="small"
            data-testid="filter-churn"
            aria-label={t('filterChurnOnly')}
            checked={state.churnRiskOnly}
            onChange={(churnRiskOnly) => setFilter({ churnRiskOnly })}
          />
          <Typography.Text>{t('filterChurnOnly')}</Typography.Text>
        </Flex>
        <Flex gap={6} align="center">
          <Switch
            size="small"
            data-testid="filter-next-step-due"
            aria-label={t('filterNextStepDue')}
            checked={state.nextStepDue}
            onChange={(nextStepDue) => setFilter({ nextStepDue })}
          />
          <Typography.Text>{t('filterNextStepDue')}</Typography.Text>
        </Flex>
        {hasLedgerFilters(state) && (
          <Button
            type="link"
            size="small"
            data-testid="filter-clear"
            onClick={() =>
              setFilter({ tiers: [], churnRiskOnly: false, maturingWithinDays: null, notContactedForDays: null, nextStepDue: false })
            }
          >
            {t('clearFilters')}
          </Button>
        )}
        {can(user, 'CUSTOMER_EXPORT') && (
          <Button
            icon={<DownloadOutlined />}
            data-testid="ledger-export"
            loading={exporting.fetching}
            onClick={() => void downloadCsv()}
            style={{ marginInlineStart: 'auto' }}
          >
            {t('exportCsv')}
          </Button>
        )}
      </Flex>
      {error && (
        <Alert
          type="error"
          showIcon
          data-testid="ledger-table-error"
          title={t('loadFailed')}
          description={managerErrorText(error)}
          action={
            <Button size="small" onClick={() => reload({ requestPolicy: 'network-only' })}>
              {t('retry')}
            </Button>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      {/* the test hook wraps the whole table, its pagination included */}
      <div data-testid="ledger-table">
        <Table<LedgerRow>
          size="middle"
          rowKey={(row) => row.customer.id}
          columns={columns}
          onChange={onTableChange}
          dataSource={page?.items ?? []}
          loading={fetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('emptyLedger'), triggerAsc: t('sortAsc'), triggerDesc: t('sortDesc'), cancelSort: t('sortCancel') }}
          pagination={serverPagination(state, page?.total ?? 0, (next) => setState((s) => ({ ...s, ...next })), t)}
        />
      </div>
      <Suspense fallback={null}>
        {taskFor && (
          <CreateTaskDialog
            managerId={managerId}
            customer={{ id: taskFor.customer.id, name: taskFor.customer.name, customerNo: taskFor.customerNo }}
            onClose={() => setTaskFor(null)}
            onDone={() => undefined}
          />
        )}
      </Suspense>
    </Card>
  );
}

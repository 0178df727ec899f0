import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { PageTitle, serverPagination, unitName } from '@crm/ui-kit';
import { useMemo, useRef, useState } from 'react';
import { useMutation, useQuery, type CombinedError, type OperationResult } from 'urql';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from '@crm/ui-kit';
import { Form, Modal, Popconfirm } from '@crm/ui-kit/forms';
import type { RemotePageProps } from '@crm/shared-types';
import { useOutletTranslation } from '../outlet.i18n';
import { dateTime } from '../common/format';
import { errorText, isConflict } from '@crm/ui-kit';
import { requiredRule, maxRule } from '../common/forms';
import { SlaCountdown } from '../common/sla';
import { RevalidateOnLanguageChange } from '../forms/form-modal';
import { CaseDrawer } from './case-drawer';
import { linkClick, outletPath } from '../routing/outlet.routes';
import { severityColor } from '../customer360/cases.card';
import { CASE_SEVERITIES, CASE_STATUSES, type CaseSeverity, type CaseStatus } from '../customer360/customer360.queries';
import {
  AcknowledgeCaseMutation,
  CaseQueueQuery,
  CloseCaseMutation,
  EscalateCaseMutation,
  ResolveCaseMutation,
  type QueueCase,
  type ServiceCaseQueueFilter,
} from './cases.queries';

const DEFAULT_STATUSES: CaseStatus[] = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'];
const context = { additionalTypenames: ['ServiceCase'] };
const BREACHED_BG = '#fdf0ef';
const TABLE_WIDTH = 1070; // the columns' widths below
const breachedOpen = (c: QueueCase) =>
  (c.slaBreached || Date.parse(c.slaDueAt) <= Date.now()) && c.status !== 'RESOLVED' && c.status !== 'CLOSED';
type Dialog = { kind: 'escalate' | 'resolve'; c: QueueCase } | null;

/**
 * The outlet's complaint queue: most urgent first (server order: open cases by SLA due, then resolved
 * ones most recently finished first), SLA countdown (amber before the breach), filters,
 * version-checked actions; the case number opens the complaint.
 */
export function CaseQueuePage({ basePath, shellNavigation }: RemotePageProps) {
  const { t, i18n } = useOutletTranslation();
  const { message } = App.useApp();
  const [severity, setSeverity] = useState<CaseSeverity[]>([]);
  const [status, setStatus] = useState<CaseStatus[]>(DEFAULT_STATUSES);
  const [breachedOnly, setBreachedOnly] = useState(false);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [opened, setOpened] = useState<string | null>(null);

  const variables = useMemo<VariablesOf<typeof CaseQueueQuery>>(() => {
    const filter: ServiceCaseQueueFilter = {};
    if (status.length) filter.status = status;
    if (severity.length) filter.severity = severity;
    if (breachedOnly) filter.breachedOnly = true;
    return { filter, page: paging };
  }, [status, severity, breachedOnly, paging]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: CaseQueueQuery, variables, context });
  const last = useRef<ResultOf<typeof CaseQueueQuery>['serviceCaseQueue'] | undefined>(undefined);
  if (data) last.current = data.serviceCaseQueue;
  const page = error ? undefined : (data?.serviceCaseQueue ?? last.current);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const [, acknowledge] = useMutation(AcknowledgeCaseMutation);
  const [, escalate] = useMutation(EscalateCaseMutation);
  const [, resolve] = useMutation(ResolveCaseMutation);
  const [, close] = useMutation(CloseCaseMutation);

  /** Runs one transition; true when it went through. A stale version reloads the queue. */
  const act = async (c: QueueCase, run: () => Promise<OperationResult>) => {
    setBusy(c.id);
    const result = await run();
    setBusy(null);
    if (isConflict(result.error)) {
      void message.warning(t('conflictReloaded'));
      reload();
      return false;
    }
    if (result.error) {
      void message.error(errorText(result.error as CombinedError));
      return false;
    }
    void message.success(t('caseUpdated', { caseNo: c.caseNo }));
    reload();
    return true;
  };

  const filterChange =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPaging((p) => ({ ...p, page: 1 }));
    };
  const lng = i18n.language;
  // fixed widths that fit 1,360 px with the shell's menu (≈1,060 px of table): nothing slides under
  // the actions column fixed on the right; long text ends in an ellipsis with the whole in a tooltip
  const columns: TableColumnsType<QueueCase> = [
    {
      key: 'sla',
      title: t('colSla'),
      width: 160,
      render: (_, c) => <SlaCountdown dueAt={c.slaDueAt} breached={c.slaBreached} status={c.status} severity={c.severity} t={t} />,
    },
    {
      key: 'severity',
      dataIndex: 'severity',
      title: t('colSeverity'),
      width: 80,
      render: (v: CaseSeverity) => <Tag color={severityColor[v]}>{t(`CaseSeverity_${v}`)}</Tag>,
    },
    {
      key: 'case',
      title: t('colCase'),
      width: 210,
      render: (_, c) => (
        <div style={{ minWidth: 0 }}>
          <a
            href={`#case-${c.id}`}
            data-testid="case-open"
            style={{ fontFamily: 'monospace' }}
            onClick={(e) => {
              e.preventDefault();
              setOpened(c.id);
            }}
          >
            {c.caseNo}
          </a>
          <Typography.Text ellipsis={{ tooltip: c.description }} style={{ display: 'block' }}>
            {c.title}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`CaseCategory_${c.category}`)}
          </Typography.Text>
        </div>
      ),
    },
    {
      key: 'customer',
      title: t('colCustomer'),
      width: 100,
      ellipsis: true,
      render: (_, c) => {
        const path = outletPath(basePath, { name: 'customer', id: c.customer.id });
        return (
          <a href={path} onClick={linkClick(path)} data-testid="case-customer">
            {c.customer.name}
          </a>
        );
      },
    },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('colCaseStatus'),
      width: 80,
      render: (v: CaseStatus) => (
        <Tag data-testid="case-status" data-status={v}>
          {t(`CaseStatus_${v}`)}
        </Tag>
      ),
    },
    {
      key: 'handler',
      title: t('colHandler'),
      width: 130,
      render: (_, c) => (
        <>
          <Typography.Text ellipsis={{ tooltip: unitName(c.handlingOrgUnit, lng) }} style={{ display: 'block' }}>
            {unitName(c.handlingOrgUnit, lng)}
          </Typography.Text>
          {c.escalationLevel > 0 && <Tag color="orange">{t('escalationLevel', { n: c.escalationLevel })}</Tag>}
        </>
      ),
    },
    {
      key: 'openedAt',
      dataIndex: 'openedAt',
      title: t('colOpenedAt'),
      width: 140,
      render: (v: string) => (
        <span data-testid="case-opened-at" style={{ whiteSpace: 'nowrap' }}>
          {dateTime(v)}
        </span>
      ),
    },
    {
      key: 'actions',
      title: t('colActions'),
      fixed: 'right',
      width: 170,
      render: (_, c) => (
        <Space size={4} wrap>
          {c.status === 'OPEN' && (
            <Button
              size="small"
              type="primary"
              data-testid="case-acknowledge"
              loading={busy === c.id}
              onClick={() => void act(c, () => acknowledge({ id: c.id, version: c.version }, context))}
            >
              {t('acknowledge')}
            </Button>
          )}
          {(c.status === 'OPEN' || c.status === 'ACKNOWLEDGED') && (
            <>
              <Button size="small" data-testid="case-escalate" onClick={() => setDialog({ kind: 'escalate', c })}>
                {t('escalate')}
              </Button>
              <Button size="small" data-testid="case-resolve" onClick={() => setDialog({ kind: 'resolve', c })}>
                {t('resolve')}
              </Button>
            </>
          )}
          {c.status === 'RESOLVED' && (
            <Popconfirm
              title={t('closeConfirm')}
              okText={t('close')}
              cancelText={t('cancel')}
              onConfirm={() => act(c, () => close({ id: c.id, version: c.version }, context))}
            >
              <Button size="small" data-testid="case-close" loading={busy === c.id}>
                {t('close')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex align="baseline" gap={12} wrap>
        <PageTitle shellNavigation={shellNavigation}>{t('queueTitle')}</PageTitle>
        <Typography.Text type="secondary">{t('queueScope')}</Typography.Text>
      </Flex>
      {error && (
        <Alert
          type="error"
          showIcon
          data-testid="case-queue-error"
          title={t('loadFailedQueue')}
          description={errorText(error)}
          action={
            <Button size="small" onClick={reload}>
              {t('retry')}
            </Button>
          }
        />
      )}
      <Card size="small">
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <Select<CaseSeverity[]>
            mode="multiple"
            allowClear
            data-testid="case-filter-severity"
            aria-label={t('colSeverity')}
            placeholder={t('allSeverities')}
            style={{ minWidth: 180 }}
            value={severity}
            onChange={filterChange(setSeverity)}
            options={CASE_SEVERITIES.map((s) => ({ value: s, label: t(`CaseSeverity_${s}`) }))}
          />
          <Select<CaseStatus[]>
            mode="multiple"
            allowClear
            data-testid="case-filter-status"
            aria-label={t('colStatus')}
            placeholder={t('allStatuses')}
            style={{ minWidth: 260 }}
            value={status}
            onChange={filterChange(setStatus)}
            options={CASE_STATUSES.map((s) => ({ value: s, label: t(`CaseStatus_${s}`) }))}
          />
          <Space>
            <Switch
              data-testid="case-breached-only"
              aria-label={t('breachedOnly')}
              checked={breachedOnly}
              onChange={filterChange(setBreachedOnly)}
            />
            <span>{t('breachedOnly')}</span>
          </Space>
        </Flex>
        <div data-testid="case-queue">
          <Table<QueueCase>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={page?.items ?? []}
            loading={fetching}
            tableLayout="fixed"
            scroll={{ x: TABLE_WIDTH }}
            rowClassName={(c) => (breachedOpen(c) ? 'case-breached' : '')}
            onRow={(c) => (breachedOpen(c) ? { style: { background: BREACHED_BG } } : {})}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('queueEmpty')} /> }}
            pagination={serverPagination(paging, page?.total ?? 0, setPaging, t)}
          />
        </div>
      </Card>
      {opened && <CaseDrawer id={opened} basePath={basePath} onClose={() => setOpened(null)} />}
      {dialog && (
        <TransitionDialog
          dialog={dialog}
          onClose={() => setDialog(null)}
          onSubmit={async (v) => {
            const c = dialog.c;
            const ok =
              dialog.kind === 'escalate'
                ? await act(c, () => escalate({ id: c.id, version: c.version, reason: v.reason!.trim() }, context))
                : await act(c, () =>
                    resolve({ id: c.id, version: c.version, rootCause: v.rootCause!.trim(), resolution: v.resolution!.trim() }, context),
                  );
            if (ok) setDialog(null);
            return ok;
          }}
        />
      )}
    </Flex>
  );
}

interface TransitionValues {
  reason?: string;
  rootCause?: string;
  resolution?: string;
}

function TransitionDialog({
  dialog,
  onClose,
  onSubmit,
}: {
  dialog: NonNullable<Dialog>;
  onClose: () => void;
  onSubmit: (v: TransitionValues) => Promise<boolean>;
}) {
  const { t } = useOutletTranslation();
  const [form] = Form.useForm<TransitionValues>();
  const [busy, setBusy] = useState(false);
  const escalating = dialog.kind === 'escalate';
  return (
    <Modal
      open
      title={t(escalating ? 'escalateTitle' : 'resolveTitle', { caseNo: dialog.c.caseNo })}
      onCancel={onClose}
      okText={t(escalating ? 'escalate' : 'resolve')}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: busy, 'data-testid': 'case-transition-submit' }}
    >
      <Form
        form={form}
        layout="vertical"
        data-testid={escalating ? 'escalate-form' : 'resolve-form'}
        onFinish={async (v) => {
          setBusy(true);
          try {
            await onSubmit(v);
          } finally {
            setBusy(false);
          }
        }}
      >
        <RevalidateOnLanguageChange form={form} />
        {escalating ? (
          <Form.Item
            name="reason"
            label={t('escalateReason')}
            rules={[requiredRule(t, 'escalateReason'), maxRule(t, 'escalateReason', 1000)]}
          >
            <Input.TextArea data-testid="case-escalate-reason" rows={3} maxLength={1000} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="rootCause" label={t('rootCause')} rules={[requiredRule(t, 'rootCause'), maxRule(t, 'rootCause', 2000)]}>
              <Input.TextArea data-testid="case-root-cause" rows={2} maxLength={2000} />
            </Form.Item>
            <Form.Item name="resolution" label={t('resolution')} rules={[requiredRule(t, 'resolution'), maxRule(t, 'resolution', 2000)]}>
              <Input.TextArea data-testid="case-resolution" rows={3} maxLength={2000} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

import { useMemo, useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import {
  Alert,
  Button,
  Flex,
  Input,
  Result,
  Segmented,
  Select,
  Table,
  TierTag,
  Typography,
  moneyCompact,
  serverPagination,
  unitName,
  type Paging,
  type TableColumnsType,
} from '@crm/ui-kit';
import { Form, Modal } from '@crm/ui-kit/forms';
import { useBranchTranslation } from '../branch.i18n';
import {
  AssignCustomersMutation,
  MOVE_REASONS,
  ManagerCustomersQuery,
  MoveTargetsQuery,
  TransferPortfolioMutation,
  type AssignmentReason,
  type ManagerCustomer,
  type ReassignmentResult,
  type ScorecardManager,
} from './managers.queries';
import { moveErrorText } from './move-errors';

/** The API's bounds: at most 500 customers in one assignment, a note of at most 1,000 characters. */
export const MAX_SELECTION = 500;
export const MAX_NOTE = 1000;

type Mode = 'selected' | 'all';
interface MoveForm {
  toManagerId?: string;
  reason?: AssignmentReason;
  handoverNote?: string;
}

/**
 * A branch head moves customers of one manager to another (PORTFOLIO_REASSIGN): chosen customers
 * (`assignCustomers`) or the whole portfolio (`transferPortfolio`, e.g. the manager leaves), with a
 * reason and a handover note the new manager sees. A large move is not done at once: the API makes it
 * a request another leader approves — the dialog says so, and that nothing moved yet.
 */
export function ReassignDialog({
  from,
  orgUnitId,
  onClose,
  onMoved,
}: {
  /** the manager whose customers move; null: closed */
  from: ScorecardManager | null;
  /** the unit looked at: its managers (and those below) receive */
  orgUnitId: string | null;
  onClose: () => void;
  /** after a move or a request for one: the cockpit refreshes */
  onMoved: () => void;
}) {
  const { t } = useBranchTranslation();
  return (
    <Modal
      open={from != null}
      title={from ? t('reassignTitle', { name: from.staff.name }) : ''}
      onCancel={onClose}
      footer={null}
      width={760}
      destroyOnHidden
    >
      {from && <ReassignBody key={from.id} from={from} orgUnitId={orgUnitId} onClose={onClose} onMoved={onMoved} />}
    </Modal>
  );
}

function ReassignBody({
  from,
  orgUnitId,
  onClose,
  onMoved,
}: {
  from: ScorecardManager;
  orgUnitId: string | null;
  onClose: () => void;
  onMoved: () => void;
}) {
  const { t, i18n } = useBranchTranslation();
  const lang = i18n.language;
  const [form] = Form.useForm<MoveForm>();
  const [mode, setMode] = useState<Mode>('selected');
  const [selected, setSelected] = useState<string[]>([]);
  const [selectionError, setSelectionError] = useState<string | null>(null);
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: 10 });
  const [done, setDone] = useState<ReassignmentResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const [customers] = useQuery({
    query: ManagerCustomersQuery,
    variables: { filter: { managerIds: [from.id] }, page: paging },
    pause: mode !== 'selected',
  });
  const [targets] = useQuery({ query: MoveTargetsQuery, variables: { orgUnitId } });
  const [assign, runAssign] = useMutation(AssignCustomersMutation);
  const [transfer, runTransfer] = useMutation(TransferPortfolioMutation);
  const busy = assign.fetching || transfer.fetching;

  const targetOptions = useMemo(
    () =>
      (targets.data?.customerManagers.items ?? [])
        .filter((m) => m.id !== from.id)
        .map((m) => ({
          value: m.id,
          label: t('targetOption', {
            name: m.staff.name,
            unit: unitName(m.orgUnit, lang),
            employment: t(`ManagerEmployment_${m.employment}`),
            size: m.portfolioSize,
            capacity: m.capacity,
          }),
        })),
    [targets.data, from.id, t, lang],
  );

  const columns = useMemo<TableColumnsType<ManagerCustomer>>(
    () => [
      {
        title: t('colCustomerName'),
        key: 'name',
        render: (_, c) => (
          <Flex vertical>
            <span>{c.name}</span>
            <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
              {c.customerNo}
            </Typography.Text>
          </Flex>
        ),
      },
      { title: t('colTier'), key: 'tier', width: 96, render: (_, c) => <TierTag tier={c.tier} /> },
      { title: t('colAum'), key: 'aum', width: 120, align: 'right', render: (_, c) => moneyCompact(c.aum, lang) },
      { title: t('colHomeOrgUnit'), key: 'unit', width: 150, ellipsis: true, render: (_, c) => unitName(c.homeOrgUnit, lang) },
    ],
    [t, lang],
  );

  const fail = (error: CombinedError) => {
    // a refusal about a field of the form goes under it; anything else above the buttons
    const field = String(error.graphQLErrors[0]?.extensions?.field ?? '')
      .split('.')
      .at(-1);
    const text = moveErrorText(error, lang === 'en' ? 'en' : 'zh-CN');
    const formField = field === 'managerId' || field === 'toManagerId' ? 'toManagerId' : field === 'handoverNote' ? 'handoverNote' : null;
    if (formField) form.setFields([{ name: formField, errors: [text] }]);
    else setFailure(text);
  };

  const submit = async (values: MoveForm) => {
    setFailure(null);
    if (mode === 'selected') {
      if (selected.length === 0) return setSelectionError(t('selectAtLeastOne'));
      if (selected.length > MAX_SELECTION) return setSelectionError(t('selectAtMost', { max: MAX_SELECTION }));
    }
    const note = values.handoverNote?.trim() || null;
    const result =
      mode === 'selected'
        ? await runAssign({ input: { customerIds: selected, managerId: values.toManagerId!, reason: values.reason!, handoverNote: note } })
        : await runTransfer({
            input: { fromManagerId: from.id, toManagerId: values.toManagerId!, reason: values.reason!, handoverNote: note },
          });
    if (result.error) return fail(result.error);
    const moved = result.data && ('assignCustomers' in result.data ? result.data.assignCustomers : result.data.transferPortfolio);
    if (moved) {
      setDone(moved);
      onMoved();
    }
  };

  if (done) {
    const to = done.manager.staff.name;
    return done.transfer ? (
      <Result
        status="warning"
        data-testid="move-pending"
        title={t('movePending', { count: done.transfer.customerCount })}
        subTitle={t('movePendingDetail', { from: from.staff.name })}
        extra={<Button onClick={onClose}>{t('close')}</Button>}
      />
    ) : (
      <Result
        status="success"
        data-testid="move-done"
        title={`${t('moved', { assigned: done.assigned, to })}${done.unchanged ? t('movedUnchanged', { unchanged: done.unchanged }) : ''}`}
        extra={<Button onClick={onClose}>{t('close')}</Button>}
      />
    );
  }

  return (
    <Form<MoveForm> form={form} layout="vertical" onFinish={submit} data-testid="reassign-form" disabled={busy}>
      <Segmented<Mode>
        data-testid="move-mode"
        value={mode}
        onChange={(m) => {
          setMode(m);
          setSelectionError(null);
        }}
        options={[
          { value: 'selected', label: t('moveSelected') },
          { value: 'all', label: t('moveAll') },
        ]}
        style={{ marginBottom: 12 }}
      />
      {mode === 'selected' ? (
        <div style={{ marginBottom: 12 }}>
          <Flex justify="space-between" align="baseline">
            <Typography.Text strong>{t('selectCustomers')}</Typography.Text>
            <Typography.Text type={selectionError ? 'danger' : 'secondary'} data-testid="selected-count">
              {selectionError ?? t('selectedCount', { count: selected.length })}
            </Typography.Text>
          </Flex>
          <Table<ManagerCustomer>
            data-testid="move-customers"
            size="small"
            rowKey="id"
            loading={customers.fetching}
            columns={columns}
            dataSource={customers.data?.customers.items ?? []}
            rowSelection={{
              selectedRowKeys: selected,
              // the choice survives paging: the selection is every page's
              preserveSelectedRowKeys: true,
              onChange: (keys) => {
                setSelected(keys.map(String));
                setSelectionError(null);
              },
            }}
            locale={{ emptyText: t('noCustomers') }}
            pagination={serverPagination(paging, customers.data?.customers.total ?? 0, setPaging, t)}
          />
        </div>
      ) : (
        <Alert type="info" showIcon title={t('moveAllHint', { name: from.staff.name })} style={{ marginBottom: 12 }} />
      )}
      <Form.Item<MoveForm>
        name="toManagerId"
        label={t('toManager')}
        rules={[{ required: true, message: t('required', { field: t('toManager') }) }]}
      >
        <Select
          data-testid="move-to"
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('toManagerPlaceholder')}
          loading={targets.fetching}
          options={targetOptions}
        />
      </Form.Item>
      <Form.Item<MoveForm> name="reason" label={t('reason')} rules={[{ required: true, message: t('required', { field: t('reason') }) }]}>
        <Select
          data-testid="move-reason"
          placeholder={t('reasonPlaceholder')}
          options={MOVE_REASONS.map((r) => ({ value: r, label: t(`AssignmentReason_${r}`) }))}
        />
      </Form.Item>
      <Form.Item<MoveForm>
        name="handoverNote"
        label={t('handoverNote')}
        rules={[{ max: MAX_NOTE, message: t('noteTooLong', { max: MAX_NOTE }) }]}
      >
        <Input.TextArea data-testid="move-note" rows={3} placeholder={t('handoverNotePlaceholder')} showCount maxLength={MAX_NOTE} />
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('makerCheckerNote')}
      </Typography.Paragraph>
      {failure && (
        <Alert type="error" showIcon data-testid="move-error" title={t('moveFailed')} description={failure} style={{ marginBottom: 12 }} />
      )}
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{t('cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="move-submit">
          {t('submitMove')}
        </Button>
      </Flex>
    </Form>
  );
}

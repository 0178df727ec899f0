import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Input, Select, closedSet, date } from '@crm/ui-kit';
import { CalendarDatePicker, Form } from '@crm/ui-kit/forms';
import type { TaskKind } from '@crm/ui-kit/schema-types';
import { addDays, bankToday } from '../common/calendar';
import { FormDialog } from '../common/form-dialog';
import { useManagerTranslation } from '../manager.i18n';
import {
  CompleteTaskMutation,
  CreateTaskMutation,
  CustomerPickQuery,
  RescheduleTaskMutation,
  type PickedCustomer,
  type TaskRow,
} from './tasks.queries';

/** The subgraph's bounds: a title of at most 200 characters, notes and outcomes of 1000; a due day from today to a year on. */
const TITLE_MAX = 200;
const TEXT_MAX = 1000;
const DAYS_AHEAD = 365;
const SEARCH_DEBOUNCE_MS = 300;

/** Every kind, in the order a manager thinks of them: contacts, marketing, the intermediary services, events. */
export const TASK_KINDS = closedSet<TaskKind>()([
  'VISIT',
  'CALL',
  'FOLLOW_UP',
  'LOAN_MARKETING',
  'COLLECTION_PAYMENT_AGENCY',
  'SETTLEMENT',
  'INFORMATION_CONSULTING',
  'FINANCIAL_ADVISORY',
  'CREDIT_INVESTIGATION',
  'INTERMEDIARY_SERVICE',
  'PARTNER_MATCHMAKING',
  'THEMED_EVENT',
]);

/** Days a due date may take: today (Beijing) to a year on. */
const outsideWindow = (today: string) => (d: { format: (f: string) => string }) => {
  const day = d.format('YYYY-MM-DD');
  return day < today || day > addDays(today, DAYS_AHEAD);
};

interface DialogProps {
  onClose: () => void;
  /** after a change: the lists and counts it touched are read again */
  onDone: () => void;
}

/** Done, with what came of it: sends the task's version (a stale one is CONFLICT, said in words). */
export function CompleteTaskDialog({ task, onClose, onDone }: DialogProps & { task: TaskRow }) {
  const { t } = useManagerTranslation();
  const [form] = Form.useForm<{ outcome: string }>();
  const [, complete] = useMutation(CompleteTaskMutation);
  return (
    <FormDialog<{ outcome: string }>
      open
      title={t('completeTitle', { title: task.title })}
      testId="complete-dialog"
      submitTestId="complete-submit"
      submitText={t('complete')}
      form={form}
      fields={['outcome']}
      submit={({ outcome }) => complete({ id: task.id, version: task.version, outcome: outcome.trim() })}
      successText={() => t('completed')}
      onClose={onClose}
      onDone={onDone}
    >
      <Form.Item
        name="outcome"
        label={t('outcome')}
        rules={[
          { required: true, whitespace: true, message: t('required', { field: t('outcome') }) },
          { max: TEXT_MAX, message: t('maxLength', { field: t('outcome'), max: TEXT_MAX }) },
        ]}
      >
        <Input.TextArea data-testid="complete-outcome" rows={3} placeholder={t('outcomePlaceholder')} maxLength={TEXT_MAX} />
      </Form.Item>
    </FormDialog>
  );
}

/** Another day for an open task, today or later. */
export function RescheduleTaskDialog({ task, onClose, onDone }: DialogProps & { task: TaskRow }) {
  const { t } = useManagerTranslation();
  const [form] = Form.useForm<{ dueOn: string }>();
  const [, reschedule] = useMutation(RescheduleTaskMutation);
  const today = bankToday();
  return (
    <FormDialog<{ dueOn: string }>
      open
      title={t('rescheduleTitle', { title: task.title })}
      testId="reschedule-dialog"
      submitTestId="reschedule-submit"
      submitText={t('reschedule')}
      form={form}
      fields={['dueOn']}
      initialValues={{ dueOn: task.dueOn < today ? today : task.dueOn }}
      submit={({ dueOn }) => reschedule({ id: task.id, version: task.version, dueOn })}
      successText={(r) => t('rescheduled', { date: date((r.data as { rescheduleTask?: TaskRow })?.rescheduleTask?.dueOn ?? '') })}
      onClose={onClose}
      onDone={onDone}
    >
      <Form.Item name="dueOn" label={t('dueOn')} rules={[{ required: true, message: t('requiredChoice', { field: t('dueOn') }) }]}>
        <CalendarDatePicker value={undefined} data-testid="reschedule-due" disabledDate={outsideWindow(today)} allowClear={false} />
      </Form.Item>
    </FormDialog>
  );
}

interface CreateValues {
  kind: TaskKind;
  title: string;
  customerId?: string;
  dueOn: string;
  note?: string;
}

/**
 * A task by hand, for oneself: its kind in words, what to do, for whom (one of the manager's own
 * customers, found by name or number on the server; none for an event), the day, a note.
 */
export function CreateTaskDialog({
  managerId,
  customer,
  onClose,
  onDone,
}: DialogProps & { managerId: string; customer?: { id: string; name: string; customerNo?: string } }) {
  const { t } = useManagerTranslation();
  const [form] = Form.useForm<CreateValues>();
  const [, create] = useMutation(CreateTaskMutation);
  const today = bankToday();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const [found] = useQuery({ query: CustomerPickQuery, variables: { search, managerId }, pause: search === '' });
  const options = useMemo(() => {
    const seen = new Map<string, Pick<PickedCustomer, 'id' | 'name'> & { customerNo?: string }>();
    if (customer) seen.set(customer.id, customer);
    for (const c of found.data?.customers.items ?? []) seen.set(c.id, c);
    return [...seen.values()].map((c) => ({ value: c.id, label: c.customerNo ? `${c.name}（${c.customerNo}）` : c.name }));
  }, [customer, found.data]);

  return (
    <FormDialog<CreateValues>
      open
      title={t('createTitle')}
      testId="task-form"
      submitTestId="task-form-submit"
      form={form}
      fields={['kind', 'title', 'customerId', 'dueOn', 'note']}
      initialValues={{ dueOn: today, customerId: customer?.id }}
      submit={(v) =>
        create({
          input: {
            kind: v.kind,
            title: v.title.trim(),
            dueOn: v.dueOn,
            ...(v.customerId ? { customerId: v.customerId } : {}),
            ...(v.note?.trim() ? { note: v.note.trim() } : {}),
          },
        })
      }
      successText={() => t('created')}
      onClose={onClose}
      onDone={onDone}
    >
      <Form.Item name="kind" label={t('kind')} rules={[{ required: true, message: t('requiredChoice', { field: t('kind') }) }]}>
        <Select<TaskKind>
          data-testid="task-form-kind"
          aria-label={t('kind')}
          options={TASK_KINDS.map((k) => ({ value: k, label: t(`TaskKind_${k}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('title')}
        rules={[
          { required: true, whitespace: true, message: t('required', { field: t('title') }) },
          { max: TITLE_MAX, message: t('maxLength', { field: t('title'), max: TITLE_MAX }) },
        ]}
      >
        <Input data-testid="task-form-title" maxLength={TITLE_MAX} />
      </Form.Item>
      <Form.Item name="customerId" label={t('customer')}>
        <Select<string>
          data-testid="task-form-customer"
          aria-label={t('customer')}
          allowClear
          showSearch={{ filterOption: false, onSearch: setTyped }}
          placeholder={t('customerPlaceholder')}
          loading={found.fetching}
          options={options}
        />
      </Form.Item>
      <Form.Item name="dueOn" label={t('dueOn')} rules={[{ required: true, message: t('requiredChoice', { field: t('dueOn') }) }]}>
        <CalendarDatePicker value={undefined} data-testid="task-form-due" disabledDate={outsideWindow(today)} allowClear={false} />
      </Form.Item>
      <Form.Item name="note" label={t('note')} rules={[{ max: TEXT_MAX, message: t('maxLength', { field: t('note'), max: TEXT_MAX }) }]}>
        <Input.TextArea data-testid="task-form-note" rows={2} maxLength={TEXT_MAX} />
      </Form.Item>
    </FormDialog>
  );
}

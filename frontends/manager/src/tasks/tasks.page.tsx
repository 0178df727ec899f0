import { lazy, Suspense, useEffect, useMemo, useState, type HTMLAttributes } from 'react';
import { useQuery } from 'urql';
import { PlusOutlined } from '@ant-design/icons'; // icons per remote: the icon set is not shared
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  PageTitle,
  Row,
  Statistic,
  Table,
  Tag,
  Typography,
  count,
  date,
  serverPagination,
  type Paging,
  type TableColumnsType,
} from '@crm/ui-kit';
import { can, type RemotePageProps } from '@crm/shared-types';
import { addDays, bankToday } from '../common/calendar';
import { managerErrorText } from '../common/server-errors';
import { useManagerTranslation } from '../manager.i18n';
import { customer360Path, linkClick } from '../routing/manager.routes';
import { TaskSummaryQuery, TasksQuery, type TaskFilter, type TaskRow } from './tasks.queries';

// the dialogs bring antd's form, date picker and modal (the kit's forms entry): loaded when one opens
const dialogs = () => import('./task-dialogs');
const CompleteTaskDialog = lazy(() => dialogs().then((m) => ({ default: m.CompleteTaskDialog })));
const RescheduleTaskDialog = lazy(() => dialogs().then((m) => ({ default: m.RescheduleTaskDialog })));
const CreateTaskDialog = lazy(() => dialogs().then((m) => ({ default: m.CreateTaskDialog })));

type Dialog = { kind: 'complete'; task: TaskRow } | { kind: 'reschedule'; task: TaskRow } | { kind: 'create' } | null;

/**
 * 我的任务 — the signed-in manager's tasks: today's and overdue ones first (open, due today or earlier:
 * the subgraph orders them oldest first), then the upcoming ones, then the latest closed. Counts on top
 * (open, due today, overdue — the subgraph's Beijing calendar). With TASK_MANAGE: complete with an
 * outcome, reschedule, and a new task by hand.
 */
export function TasksPage({ user, shellNavigation }: RemotePageProps) {
  const { t, i18n } = useManagerTranslation();
  const lang = i18n.language;
  const mayManage = can(user, 'TASK_MANAGE');
  const today = bankToday();
  const [summary, reloadSummary] = useQuery({ query: TaskSummaryQuery, variables: { id: user.sub } });
  const counts = summary.data?.customerManager.taskSummary;
  // after a change every list and the counts are read again
  const [generation, setGeneration] = useState(0);
  const [dialog, setDialog] = useState<Dialog>(null);
  const changed = () => {
    setGeneration((g) => g + 1);
    reloadSummary({ requestPolicy: 'network-only' });
  };
  const actions = mayManage
    ? {
        onComplete: (task: TaskRow) => setDialog({ kind: 'complete', task }),
        onReschedule: (task: TaskRow) => setDialog({ kind: 'reschedule', task }),
      }
    : undefined;

  return (
    <Flex vertical gap={16} data-testid="manager-tasks">
      <Flex align="center" gap={12} wrap>
        <PageTitle shellNavigation={shellNavigation}>{t('navTasks')}</PageTitle>
        {mayManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="new-task"
            onClick={() => setDialog({ kind: 'create' })}
            style={{ marginInlineStart: 'auto' }}
          >
            {t('newTask')}
          </Button>
        )}
      </Flex>
      {summary.error && !summary.data && (
        <Alert
          type="error"
          showIcon
          data-testid="task-summary-error"
          title={t('loadFailed')}
          description={managerErrorText(summary.error)}
        />
      )}
      <Card size="small" data-testid="task-summary">
        <Row gutter={[16, 16]}>
          <Col xs={8} data-testid="summary-open">
            <Statistic title={t('summaryOpen')} value={counts ? count(counts.open, lang) : '—'} />
          </Col>
          <Col xs={8} data-testid="summary-today">
            <Statistic title={t('summaryToday')} value={counts ? count(counts.dueToday, lang) : '—'} />
          </Col>
          <Col xs={8} data-testid="summary-overdue">
            <Statistic
              title={t('summaryOverdue')}
              value={counts ? count(counts.overdue, lang) : '—'}
              styles={{ content: counts?.overdue ? { color: '#cf1322' } : {} }}
            />
          </Col>
        </Row>
      </Card>
      <TaskList
        testId="tasks-now"
        title={t('cardNow')}
        hint={t('cardNowHint')}
        empty={t('noTasksNow')}
        managerId={user.sub}
        filter={{ statuses: ['OPEN'], dueTo: today }}
        today={today}
        generation={generation}
        actions={actions}
      />
      <TaskList
        testId="tasks-upcoming"
        title={t('cardUpcoming')}
        hint={t('cardUpcomingHint')}
        empty={t('noTasksUpcoming')}
        managerId={user.sub}
        filter={{ statuses: ['OPEN'], dueFrom: addDays(today, 1) }}
        today={today}
        generation={generation}
        actions={actions}
      />
      <TaskList
        testId="tasks-done"
        title={t('cardDone')}
        empty={t('noTasksDone')}
        managerId={user.sub}
        filter={{ statuses: ['DONE', 'CANCELLED'] }}
        today={today}
        generation={generation}
        closed
      />
      <Suspense fallback={null}>
        {dialog?.kind === 'complete' && <CompleteTaskDialog task={dialog.task} onClose={() => setDialog(null)} onDone={changed} />}
        {dialog?.kind === 'reschedule' && <RescheduleTaskDialog task={dialog.task} onClose={() => setDialog(null)} onDone={changed} />}
        {dialog?.kind === 'create' && <CreateTaskDialog managerId={user.sub} onClose={() => setDialog(null)} onDone={changed} />}
      </Suspense>
    </Flex>
  );
}

/** One server-paged list of the manager's tasks. */
function TaskList({
  testId,
  title,
  hint,
  empty,
  managerId,
  filter,
  today,
  generation,
  actions,
  closed = false,
}: {
  testId: string;
  title: string;
  hint?: string;
  empty: string;
  managerId: string;
  filter: TaskFilter;
  today: string;
  generation: number;
  actions?: { onComplete: (task: TaskRow) => void; onReschedule: (task: TaskRow) => void };
  /** done and cancelled tasks: their outcome instead of actions */
  closed?: boolean;
}) {
  const { t } = useManagerTranslation();
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: 10 });
  const variables = useMemo(() => ({ id: managerId, page: paging, filter }), [managerId, paging, filter]);
  const [{ data, fetching, error }, reload] = useQuery({ query: TasksQuery, variables });
  useEffect(() => {
    if (generation > 0) reload({ requestPolicy: 'network-only' });
  }, [generation, reload]);
  const result = data?.customerManager.tasks;

  const columns = useMemo<TableColumnsType<TaskRow>>(
    () => [
      {
        title: t('colDue'),
        key: 'due',
        width: 130,
        render: (_, task) => (
          <Flex vertical gap={2}>
            <span>{date(task.dueOn)}</span>
            {task.status === 'OPEN' && task.overdue && (
              <span>
                <Tag color="red" data-testid="task-overdue" style={{ marginInlineEnd: 0 }}>
                  {t('overdueTag')}
                </Tag>
              </span>
            )}
            {task.status === 'OPEN' && !task.overdue && task.dueOn === today && (
              <span>
                <Tag color="orange" data-testid="task-today" style={{ marginInlineEnd: 0 }}>
                  {t('todayTag')}
                </Tag>
              </span>
            )}
          </Flex>
        ),
      },
      {
        title: t('colKind'),
        key: 'kind',
        width: 120,
        render: (_, task) => <Tag style={{ marginInlineEnd: 0 }}>{t(`TaskKind_${task.kind}`)}</Tag>,
      },
      {
        title: t('colTitle'),
        key: 'title',
        render: (_, task) => (
          <Flex vertical gap={2}>
            <Typography.Text data-testid="task-title">{task.title}</Typography.Text>
            {task.note && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {task.note}
              </Typography.Text>
            )}
          </Flex>
        ),
      },
      {
        title: t('colCustomer'),
        key: 'customer',
        width: 150,
        render: (_, task) => {
          if (!task.customer) return <Typography.Text type="secondary">—</Typography.Text>;
          const path = customer360Path(task.customer.id);
          return (
            <a href={path} onClick={linkClick(path)} data-testid="task-customer">
              {task.customer.name}
            </a>
          );
        },
      },
      {
        title: t('colSource'),
        key: 'source',
        width: 140,
        render: (_, task) => <Typography.Text type="secondary">{t(`TaskSource_${task.source}`)}</Typography.Text>,
      },
      ...(closed
        ? [
            {
              title: t('colStatus'),
              key: 'status',
              width: 90,
              render: (_: unknown, task: TaskRow) => (
                <Tag color={task.status === 'DONE' ? 'green' : 'default'}>{t(`TaskStatus_${task.status}`)}</Tag>
              ),
            },
            {
              title: t('colOutcome'),
              key: 'outcome',
              render: (_: unknown, task: TaskRow) => task.outcome ?? '—',
            },
          ]
        : []),
      ...(actions && !closed
        ? [
            {
              title: t('colActions'),
              key: 'actions',
              width: 150,
              render: (_: unknown, task: TaskRow) => (
                <Flex gap={4}>
                  <Button size="small" type="primary" data-testid="task-complete" onClick={() => actions.onComplete(task)}>
                    {t('complete')}
                  </Button>
                  <Button size="small" data-testid="task-reschedule" onClick={() => actions.onReschedule(task)}>
                    {t('reschedule')}
                  </Button>
                </Flex>
              ),
            },
          ]
        : []),
    ],
    [t, today, actions, closed],
  );

  return (
    <Card
      size="small"
      title={title}
      data-testid={`${testId}-card`}
      extra={
        hint && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {hint}
          </Typography.Text>
        )
      }
    >
      {error && !result && (
        <Alert type="error" showIcon title={t('loadFailed')} description={managerErrorText(error)} style={{ marginBottom: 8 }} />
      )}
      <Table<TaskRow>
        data-testid={testId}
        size="small"
        rowKey="id"
        loading={fetching}
        columns={columns}
        dataSource={result?.items ?? []}
        onRow={(task) => ({ 'data-testid': 'task-row', 'data-task-id': task.id }) as HTMLAttributes<HTMLElement>}
        locale={{ emptyText: empty }}
        pagination={serverPagination(paging, result?.total ?? 0, setPaging, t)}
      />
    </Card>
  );
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { date, initPortalI18n } from '@crm/ui-kit';

vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

import { fakeGateway, manager, renderManager, reply, type Handler } from './fake-gateway';
import { tasksDone, tasksNow, tasksUpcoming } from './fixtures';
import {
  CompleteTaskMutation,
  CreateTaskMutation,
  RescheduleTaskMutation,
  TaskSummaryQuery,
  TasksQuery,
  type TaskRow,
  type TasksVariables,
} from '../src/tasks/tasks.queries';
import { addDays } from '../src/common/calendar';

const today = date(new Date()); // the bank's today (Beijing), as the page computes it
const page = (items: TaskRow[], p: TasksVariables['page']) => ({
  customerManager: { id: '11', tasks: { items, total: items.length, page: p?.page ?? 1, pageSize: p?.pageSize ?? 10 } },
});

function gateway(extra: Record<string, Handler> = {}) {
  return fakeGateway({
    ManagerTaskSummary: reply(TaskSummaryQuery, () => ({
      data: { customerManager: { id: '11', taskSummary: { open: 4, dueToday: 1, overdue: 1 } } },
    })),
    // each list by its filter, as the server would answer it
    ManagerTasks: reply(TasksQuery, ({ filter, page: p }) => {
      const f = Array.isArray(filter) ? undefined : filter;
      if (f?.statuses?.includes('DONE')) return { data: page(tasksDone, p) };
      if (f?.dueTo) return { data: page(tasksNow(today), p) };
      return { data: page(tasksUpcoming, p) };
    }),
    ...extra,
  });
}
const rowsOf = (testId: string) => [...screen.getByTestId(testId).querySelectorAll<HTMLElement>('[data-testid="task-row"]')];

beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

describe('我的任务', () => {
  it('shows the counts, today’s and overdue tasks first, then the upcoming, then the closed — kinds and sources in words', async () => {
    const gw = gateway();
    renderManager(gw, '/manager/tasks');
    await waitFor(() => expect(rowsOf('tasks-now')).toHaveLength(2));
    expect(screen.getByTestId('summary-open').textContent).toContain('4');
    expect(screen.getByTestId('summary-today').textContent).toContain('1');
    expect(screen.getByTestId('summary-overdue').textContent).toContain('1');
    // each list asks the server with its own filter: open and due by today; open from tomorrow; closed
    expect(gw.of('ManagerTasks')).toEqual(
      expect.arrayContaining([
        { id: '11', page: { page: 1, pageSize: 10 }, filter: { statuses: ['OPEN'], dueTo: today } },
        { id: '11', page: { page: 1, pageSize: 10 }, filter: { statuses: ['OPEN'], dueFrom: addDays(today, 1) } },
        { id: '11', page: { page: 1, pageSize: 10 }, filter: { statuses: ['DONE', 'CANCELLED'] } },
      ]),
    );
    const [overdue, dueToday] = rowsOf('tasks-now');
    expect(overdue.getAttribute('data-task-id')).toBe('t1');
    expect(overdue.textContent).toContain('跟进');
    expect(overdue.textContent).toContain('投诉办结回访');
    expect(within(overdue).getByTestId('task-overdue').textContent).toBe('逾期');
    expect(within(dueToday).getByTestId('task-today').textContent).toBe('今天');
    expect(within(dueToday).getByTestId('task-customer').getAttribute('href')).toBe('/outlet/customers/101');
    await waitFor(() => expect(rowsOf('tasks-upcoming')).toHaveLength(2));
    const [partners, event] = rowsOf('tasks-upcoming');
    expect(partners.textContent).toContain('寻找合作伙伴与销售渠道');
    expect(event.textContent).toContain('主题活动');
    expect(event.textContent).toContain('网点二楼会议室');
    await waitFor(() => expect(rowsOf('tasks-done')).toHaveLength(1));
    expect(rowsOf('tasks-done')[0].textContent).toContain('客户同意开立理财账户');
    expect(rowsOf('tasks-done')[0].textContent).toContain('已完成');
    expect(within(rowsOf('tasks-done')[0]).queryByTestId('task-complete')).toBeNull();
    expect(screen.getByTestId('manager-tasks').textContent).not.toMatch(/FOLLOW_UP|COMPLAINT_CLOSED|PARTNER_MATCHMAKING|THEMED_EVENT/);
  });

  it('completes a task with its version; a stale one is a CONFLICT said in words, and nothing is lost', async () => {
    const gw = gateway({
      ManagerCompleteTask: reply(CompleteTaskMutation, () => ({
        data: null,
        errors: [{ message: 'This record was changed by someone else; reload it and try again', extensions: { code: 'CONFLICT' } }],
      })),
    });
    renderManager(gw, '/manager/tasks');
    await waitFor(() => expect(rowsOf('tasks-now')).toHaveLength(2));
    fireEvent.click(within(rowsOf('tasks-now')[0]).getByTestId('task-complete'));
    const dialog = await screen.findByTestId('complete-dialog');
    // the outcome is required
    fireEvent.click(screen.getByTestId('complete-submit'));
    await waitFor(() => expect(dialog.textContent).toContain('请填写“完成情况”'));
    fireEvent.change(screen.getByTestId('complete-outcome'), { target: { value: '  已电话回访，客户满意  ' } });
    fireEvent.click(screen.getByTestId('complete-submit'));
    await waitFor(() => expect(gw.last('ManagerCompleteTask')).toEqual({ id: 't1', version: 3, outcome: '已电话回访，客户满意' }));
    expect((await screen.findByTestId('dialog-error')).textContent).toBe('该记录已被他人修改，请刷新后重试');
    // the dialog stays open with what was typed
    expect((screen.getByTestId('complete-outcome') as HTMLTextAreaElement).value).toBe('  已电话回访，客户满意  ');
    expect(screen.getByTestId('dialog-error').textContent).not.toMatch(/[A-Za-z]/);
  });

  it('completes a task and reads the lists and counts again; a refusal of the outcome is shown on the field', async () => {
    let refuse = true;
    const gw = gateway({
      ManagerCompleteTask: reply(CompleteTaskMutation, ({ id }) =>
        refuse
          ? {
              data: null,
              errors: [{ message: 'outcome must be at most 1000 characters', extensions: { code: 'BAD_USER_INPUT', field: 'outcome' } }],
            }
          : { data: { completeTask: { ...tasksNow(today)[1], id, status: 'DONE' as const, outcome: '客户已续存', version: 2 } } },
      ),
    });
    renderManager(gw, '/manager/tasks');
    await waitFor(() => expect(rowsOf('tasks-now')).toHaveLength(2));
    fireEvent.click(within(rowsOf('tasks-now')[1]).getByTestId('task-complete'));
    await screen.findByTestId('complete-dialog');
    fireEvent.change(screen.getByTestId('complete-outcome'), { target: { value: '客户已续存' } });
    fireEvent.click(screen.getByTestId('complete-submit'));
    const item = screen.getByTestId('complete-outcome').closest('.ant-form-item')!;
    await waitFor(() => expect(item.textContent).toContain('“完成情况”最多 1000 个字'));
    refuse = false;
    const lists = gw.of('ManagerTasks').length;
    const summaries = gw.of('ManagerTaskSummary').length;
    fireEvent.click(screen.getByTestId('complete-submit'));
    await waitFor(() => expect(gw.last('ManagerCompleteTask')).toEqual({ id: 't2', version: 1, outcome: '客户已续存' }));
    expect(await screen.findByText('任务已完成')).toBeTruthy();
    await waitFor(() => expect(gw.of('ManagerTasks').length).toBe(lists + 3));
    await waitFor(() => expect(gw.of('ManagerTaskSummary').length).toBe(summaries + 1));
    await waitFor(() => expect(screen.queryByTestId('complete-dialog')).toBeNull());
  }, 60_000);

  it('reschedules an overdue task to today by default, with its version; a refused day is said on the field', async () => {
    const gw = gateway({
      ManagerRescheduleTask: reply(RescheduleTaskMutation, ({ dueOn }) => ({
        data: null,
        errors: [{ message: `dueOn must not be before today (${dueOn})`, extensions: { code: 'BAD_USER_INPUT', field: 'dueOn' } }],
      })),
    });
    renderManager(gw, '/manager/tasks');
    await waitFor(() => expect(rowsOf('tasks-now')).toHaveLength(2));
    fireEvent.click(within(rowsOf('tasks-now')[0]).getByTestId('task-reschedule'));
    const dialog = await screen.findByTestId('reschedule-dialog');
    expect(dialog.querySelector('input')!.value).toBe(today);
    fireEvent.click(screen.getByTestId('reschedule-submit'));
    await waitFor(() => expect(gw.last('ManagerRescheduleTask')).toEqual({ id: 't1', version: 3, dueOn: today }));
    const item = dialog.querySelector('.ant-form-item')!;
    await waitFor(() => expect(item.textContent).toContain('“到期日”不能早于今天'));
    // in English too, on a language switch
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    await waitFor(() => expect(item.textContent).toContain('Due on cannot be before today'));
  });

  it('creates a task by hand: kind in words, what, when', async () => {
    const gw = gateway({
      ManagerCreateTask: reply(CreateTaskMutation, ({ input }) => ({
        data: {
          createTask: {
            ...tasksUpcoming[1],
            id: 't9',
            kind: input.kind,
            title: input.title,
            dueOn: input.dueOn,
          },
        },
      })),
    });
    renderManager(gw, '/manager/tasks');
    fireEvent.click(await screen.findByTestId('new-task'));
    const form = await screen.findByTestId('task-form');
    fireEvent.click(screen.getByTestId('task-form-submit'));
    await waitFor(() => expect(form.textContent).toContain('请选择“任务类型”'));
    expect(form.textContent).toContain('请填写“事项”');
    const kind = screen.getByTestId('task-form-kind');
    fireEvent.mouseDown(kind.closest('.ant-select') ?? kind.querySelector('.ant-select') ?? kind);
    fireEvent.click((await screen.findAllByTitle('资信调查')).at(-1)!);
    fireEvent.change(screen.getByTestId('task-form-title'), { target: { value: '核实企业经营状况' } });
    fireEvent.click(screen.getByTestId('task-form-submit'));
    await waitFor(() =>
      expect(gw.last('ManagerCreateTask')).toEqual({ input: { kind: 'CREDIT_INVESTIGATION', title: '核实企业经营状况', dueOn: today } }),
    );
    expect(await screen.findByText('任务已创建')).toBeTruthy();
  }, 60_000);

  it('offers no task actions to a user who may not manage tasks', async () => {
    const gw = gateway();
    // a trainer reads managers but does not manage their tasks
    renderManager(gw, '/manager/tasks', { ...manager(), roles: ['TRAINER'] });
    await waitFor(() => expect(rowsOf('tasks-now')).toHaveLength(2));
    expect(screen.queryByTestId('task-complete')).toBeNull();
    expect(screen.queryByTestId('task-reschedule')).toBeNull();
    expect(screen.queryByTestId('new-task')).toBeNull();
  });
});

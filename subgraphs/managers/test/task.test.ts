import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, startTestSubgraph, withSql } from '@crm/kit/testing';
import { PERMISSION_DENIED, type RunningSubgraph } from '@crm/kit';
import { managersSubgraph } from '../src';
import { MANAGERS, tokens } from './fixture';
import { CUSTOMERS, INTERACTIONS, insertTaskFixture, taskTokens } from './task.fixture';

/**
 * Tasks by hand and from a contact's next step; who may create and change them (the manager, a
 * leader of the unit); the scope (another outlet gets NOT_FOUND / null / nothing by every path);
 * validation naming the field; versions; a manager's list and summary and the head's overdue view.
 */
const db = useTestDatabase();
let sg: RunningSubgraph;
let t: Awaited<ReturnType<typeof tokens>>;
let tt: Awaited<ReturnType<typeof taskTokens>>;
let today: string;

/** A day relative to today on the Beijing calendar. */
const day = (offset: number) => new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  await insertTaskFixture(db.url);
  today = (await withSql(db.url, (q) => q(`select managers.beijing_today()::text as d`)))[0].d;
  sg = await startTestSubgraph(managersSubgraph, db.url);
  t = await tokens();
  tt = await taskTokens();
});
afterAll(async () => sg?.close());

const TASK_FIELDS = `id kind title note dueOn status overdue outcome source completedAt version
  manager { id } customer { id } createdBy { id }`;
const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${TASK_FIELDS} } }`;
const COMPLETE = `mutation($id: ID!, $v: Int!, $o: String!) { completeTask(id: $id, version: $v, outcome: $o) { ${TASK_FIELDS} } }`;
const RESCHEDULE = `mutation($id: ID!, $v: Int!, $d: String!) { rescheduleTask(id: $id, version: $v, dueOn: $d) { ${TASK_FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $v: Int!, $r: String!) { cancelTask(id: $id, version: $v, reason: $r) { ${TASK_FIELDS} } }`;
const GET = `query($id: ID!) { task(id: $id) { ${TASK_FIELDS} } }`;
const FROM_STEP = `mutation($i: ID!) { taskFromNextStep(interactionId: $i) { ${TASK_FIELDS} } }`;

type Res = Awaited<ReturnType<typeof gql>>;
const code = (res: Res) => res.errors?.[0]?.extensions?.code;
const field = (res: Res) => res.errors?.[0]?.extensions?.field;

async function create(token: string, input: Record<string, unknown>) {
  const res = await gql(sg.url, CREATE, { input: { kind: 'VISIT', title: '拜访客户', dueOn: day(3), ...input } }, token);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.createTask as { id: string; version: number; [k: string]: unknown };
}

describe('creating a task by hand', () => {
  it('makes a manager’s own task for a customer they keep, and an event for no one', async () => {
    const task = await create(t.bj0101Manager, {
      customerId: String(CUSTOMERS.A1),
      kind: 'LOAN_MARKETING',
      title: ' 介绍经营贷 ',
      note: '带上产品资料',
    });
    expect(task).toMatchObject({
      kind: 'LOAN_MARKETING',
      title: '介绍经营贷',
      note: '带上产品资料',
      dueOn: day(3),
      status: 'OPEN',
      overdue: false,
      outcome: null,
      source: 'MANUAL',
      completedAt: null,
      version: 1,
      manager: { id: String(MANAGERS.BJ0101_A) },
      customer: { id: String(CUSTOMERS.A1) },
      createdBy: { id: String(MANAGERS.BJ0101_A) },
    });
    const event = await create(t.bj0101Manager, { kind: 'THEMED_EVENT', title: '理财沙龙', dueOn: today });
    expect(event).toMatchObject({ customer: null, dueOn: today, kind: 'THEMED_EVENT' });
    // a customer of the manager's outlet kept by a colleague (covering for them): allowed
    expect(await create(t.bj0101Manager, { customerId: String(CUSTOMERS.B1) })).toMatchObject({ customer: { id: String(CUSTOMERS.B1) } });
  });

  it('lets a leader give a manager of the unit a task, for a customer of that manager’s unit only', async () => {
    const task = await create(t.bjHead, { managerId: String(MANAGERS.BJ0102), customerId: String(CUSTOMERS.C1) });
    expect(task).toMatchObject({
      manager: { id: String(MANAGERS.BJ0102) },
      customer: { id: String(CUSTOMERS.C1) },
      createdBy: { id: '2' },
    });
    const elsewhere = await gql(
      sg.url,
      CREATE,
      { input: { managerId: String(MANAGERS.BJ0102), customerId: String(CUSTOMERS.A1), kind: 'CALL', title: '回访', dueOn: day(1) } },
      t.bjHead,
    );
    expect(code(elsewhere)).toBe('BAD_USER_INPUT');
    expect(field(elsewhere)).toBe('customerId');
  });

  it('refuses a colleague’s task to a manager (FORBIDDEN), a manager or customer outside the scope (NOT_FOUND, as missing), and a role without TASK_MANAGE', async () => {
    const colleague = await gql(
      sg.url,
      CREATE,
      { input: { managerId: String(MANAGERS.BJ0101_B), kind: 'CALL', title: 'x', dueOn: today } },
      t.bj0101Manager,
    );
    expect(code(colleague)).toBe('FORBIDDEN');
    expect(colleague.errors![0].message.startsWith(PERMISSION_DENIED)).toBe(false); // a business rule, not the table

    const try_ = (input: Record<string, unknown>, token = t.bj0101Manager) =>
      gql(sg.url, CREATE, { input: { kind: 'CALL', title: 'x', dueOn: today, ...input } }, token);
    const otherManager = await try_({ managerId: String(MANAGERS.SH0101) });
    const noManager = await try_({ managerId: '99999' });
    expect(code(otherManager)).toBe('NOT_FOUND');
    expect(otherManager.errors![0].message).toBe(noManager.errors![0].message);
    const otherCustomer = await try_({ customerId: String(CUSTOMERS.C1) });
    const noCustomer = await try_({ customerId: '99999' });
    expect(code(otherCustomer)).toBe('NOT_FOUND');
    expect(otherCustomer.errors![0].message).toBe(noCustomer.errors![0].message);

    const trainer = await try_({ managerId: String(MANAGERS.BJ0101_A) }, t.trainer);
    expect(code(trainer)).toBe('FORBIDDEN');
    expect(trainer.errors![0].message.startsWith(PERMISSION_DENIED)).toBe(true);
    expect(trainer.data?.createTask ?? null).toBeNull();
  });

  it('names the field of bad input', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '   ' }, 'title'],
      [{ title: 'x'.repeat(201) }, 'title'],
      [{ note: 'x'.repeat(1001) }, 'note'],
      [{ dueOn: '2025-02-30' }, 'dueOn'],
      [{ dueOn: 'next week' }, 'dueOn'],
      [{ dueOn: day(-1) }, 'dueOn'],
      [{ dueOn: day(400) }, 'dueOn'],
      [{ customerId: 'abc' }, 'customerId'],
      [{ customerId: String(CUSTOMERS.X1) }, 'customerId'], // a closed record
    ];
    for (const [input, name] of cases) {
      const res = await gql(sg.url, CREATE, { input: { kind: 'CALL', title: '回访', dueOn: day(1), ...input } }, t.bj0101Manager);
      expect(code(res), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(field(res), JSON.stringify(input)).toBe(name);
      expect(res.errors![0].message).toContain(name);
    }
  });
});

describe('completing, rescheduling and cancelling', () => {
  it('completes with an outcome at the current version; a stale version is CONFLICT; a done task stays done', async () => {
    const task = await create(t.bj0101Manager, { customerId: String(CUSTOMERS.A1), kind: 'CALL' });
    const blank = await gql(sg.url, COMPLETE, { id: task.id, v: 1, o: '  ' }, t.bj0101Manager);
    expect(field(blank)).toBe('outcome');
    const moved = await gql(sg.url, RESCHEDULE, { id: task.id, v: 1, d: day(5) }, t.bj0101Manager);
    expect(moved.data!.rescheduleTask).toMatchObject({ dueOn: day(5), version: 2 });
    const stale = await gql(sg.url, COMPLETE, { id: task.id, v: 1, o: '客户同意续存' }, t.bj0101Manager);
    expect(code(stale)).toBe('CONFLICT');
    const done = await gql(sg.url, COMPLETE, { id: task.id, v: 2, o: '客户同意续存' }, t.bj0101Manager);
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeTask).toMatchObject({ status: 'DONE', outcome: '客户同意续存', overdue: false, version: 3 });
    expect(Date.parse(done.data!.completeTask.completedAt)).toBeGreaterThan(Date.now() - 60_000);
    const twice = await gql(sg.url, COMPLETE, { id: task.id, v: 3, o: '再次' }, t.bj0101Manager);
    expect(code(twice)).toBe('BAD_USER_INPUT');
    expect(field(twice)).toBe('id');
  });

  it('reschedules only to a real day not in the past, and cancels with a reason', async () => {
    const task = await create(t.bj0101Manager, {});
    for (const d of ['2025-13-01', day(-2)]) {
      const res = await gql(sg.url, RESCHEDULE, { id: task.id, v: 1, d }, t.bj0101Manager);
      expect(field(res), d).toBe('dueOn');
    }
    expect(field(await gql(sg.url, CANCEL, { id: task.id, v: 1, r: '' }, t.bj0101Manager))).toBe('reason');
    const cancelled = await gql(sg.url, CANCEL, { id: task.id, v: 1, r: '客户已来网点办理' }, t.bj0101Manager);
    expect(cancelled.data!.cancelTask).toMatchObject({ status: 'CANCELLED', outcome: '客户已来网点办理', completedAt: null, version: 2 });
  });

  it('is the manager’s or a leader’s to change: a colleague of the outlet may read it but not complete it', async () => {
    const task = await create(t.bj0101Manager, { customerId: String(CUSTOMERS.A1) });
    expect((await gql(sg.url, GET, { id: task.id }, tt.bj0101Manager2)).data!.task.id).toBe(task.id);
    const colleague = await gql(sg.url, COMPLETE, { id: task.id, v: 1, o: '代办' }, tt.bj0101Manager2);
    expect(code(colleague)).toBe('FORBIDDEN');
    const head = await gql(sg.url, COMPLETE, { id: task.id, v: 1, o: '行长代为确认' }, t.bjHead);
    expect(head.data!.completeTask).toMatchObject({ status: 'DONE', manager: { id: String(MANAGERS.BJ0101_A) } });
  });
});

describe('scope: a manager of another outlet', () => {
  let taskId: string;
  let subBranchTaskId: string;
  beforeAll(async () => {
    taskId = (await create(t.bj0101Manager, { customerId: String(CUSTOMERS.A1), title: '只属于朝阳门' })).id;
    subBranchTaskId = (await create(t.bjHead, { managerId: String(MANAGERS.BJ01), customerId: String(CUSTOMERS.D1) })).id;
  });

  it('cannot read or change the task: NOT_FOUND, the same answer as a task that does not exist', async () => {
    for (const [q, vars] of [
      [GET, {}],
      [COMPLETE, { v: 1, o: '完成' }],
      [RESCHEDULE, { v: 1, d: day(2) }],
      [CANCEL, { v: 1, r: '不需要' }],
    ] as const) {
      const out = await gql(sg.url, q, { id: taskId, ...vars }, t.bj0102Manager);
      const missing = await gql(sg.url, q, { id: '987654', ...vars }, t.bj0102Manager);
      expect(code(out)).toBe('NOT_FOUND');
      expect(out.errors![0].message).toBe(missing.errors![0].message);
      expect(JSON.stringify(out)).not.toContain('朝阳门');
    }
    // untouched
    expect((await gql(sg.url, GET, { id: taskId }, t.bj0101Manager)).data!.task).toMatchObject({ status: 'OPEN', version: 1 });
  });

  it('gets null by _entities, and nothing through a manager reached by a customer', async () => {
    const ent = await gql(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Task { id title } } }`,
      { r: [{ __typename: 'Task', id: taskId }] },
      t.bj0102Manager,
    );
    expect(ent.errors).toBeUndefined();
    expect(ent.data!._entities).toEqual([null]);
    // the outlet sees its customer D1's manager, who works at the sub-branch above it — not that manager's tasks
    const nested = await gql(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id manager { id taskSummary { open } tasks { total items { id } } } } } }`,
      { r: [{ __typename: 'Customer', id: String(CUSTOMERS.D1) }] },
      t.bj0101Manager,
    );
    expect(nested.errors).toBeUndefined();
    expect(nested.data!._entities[0].manager).toEqual({ id: String(MANAGERS.BJ01), taskSummary: null, tasks: { total: 0, items: [] } });
    // … which the sub-branch manager sees
    const own = await gql(sg.url, GET, { id: subBranchTaskId }, tt.bj01Manager);
    expect(own.data!.task.manager.id).toBe(String(MANAGERS.BJ01));
    // and a manager outside the scope cannot be asked for their tasks at all
    const other = await gql(
      sg.url,
      `query($id: ID!) { customerManager(id: $id) { tasks { total } } }`,
      { id: String(MANAGERS.BJ0101_A) },
      t.bj0102Manager,
    );
    expect(code(other)).toBe('NOT_FOUND');
  });
});

describe('a contact’s next step as a task', () => {
  it('becomes a follow-up of the customer’s manager, once, whoever asks again', async () => {
    const first = await gql(sg.url, FROM_STEP, { i: String(INTERACTIONS.A1_NEXT_STEP) }, tt.bj0101Teller);
    expect(first.errors).toBeUndefined();
    expect(first.data!.taskFromNextStep).toMatchObject({
      kind: 'FOLLOW_UP',
      title: '电话联系客户，介绍经营贷款',
      dueOn: day(2),
      source: 'NEXT_STEP',
      status: 'OPEN',
      manager: { id: String(MANAGERS.BJ0101_A) },
      customer: { id: String(CUSTOMERS.A1) },
      createdBy: { id: '3' },
    });
    const again = await gql(sg.url, FROM_STEP, { i: String(INTERACTIONS.A1_NEXT_STEP) }, t.bj0101Manager);
    expect(again.data!.taskFromNextStep.id).toBe(first.data!.taskFromNextStep.id);
    const rows = await withSql(db.url, (q) =>
      q(`select count(*)::int as n from managers.task where source_key = $1`, [`next-step:${INTERACTIONS.A1_NEXT_STEP}`]),
    );
    expect(rows[0].n).toBe(1);
  });

  it('is refused for a contact without a next step, another unit’s contact, or a caller who is not the manager, their leader or the author', async () => {
    const none = await gql(sg.url, FROM_STEP, { i: String(INTERACTIONS.A2_NO_STEP) }, t.bj0101Manager);
    expect(code(none)).toBe('BAD_USER_INPUT');
    expect(field(none)).toBe('interactionId');
    const other = await gql(sg.url, FROM_STEP, { i: String(INTERACTIONS.S1_NEXT_STEP) }, t.bj0101Manager);
    const missing = await gql(sg.url, FROM_STEP, { i: '999999' }, t.bj0101Manager);
    expect(code(other)).toBe('NOT_FOUND');
    expect(other.errors![0].message).toBe(missing.errors![0].message);
    // B1 is kept by the other BJ0101 manager; the teller wrote the step
    expect(code(await gql(sg.url, FROM_STEP, { i: String(INTERACTIONS.B1_NEXT_STEP) }, t.bj0101Manager))).toBe('FORBIDDEN');
    const theirs = await gql(sg.url, FROM_STEP, { i: String(INTERACTIONS.B1_NEXT_STEP) }, tt.bj0101Manager2);
    expect(theirs.data!.taskFromNextStep).toMatchObject({ manager: { id: String(MANAGERS.BJ0101_B) }, dueOn: day(3) });
    expect(code(await gql(sg.url, FROM_STEP, { i: String(INTERACTIONS.A1_NEXT_STEP) }, t.trainer))).toBe('FORBIDDEN');
  });
});

describe('lists: a manager’s tasks and summary, the head’s overdue view', () => {
  const TASKS = `query($id: ID!, $f: TaskFilter, $p: PageInput) { customerManager(id: $id) {
    taskSummary { open dueToday overdue } tasks(filter: $f, page: $p) { total items { id dueOn status overdue kind } } } }`;
  /** SQL fixture rows for BJ0101_B: 2 overdue, 1 due today, 1 next week, 1 done late, 1 cancelled. */
  beforeAll(async () => {
    await withSql(db.url, (q) =>
      q(
        `insert into managers.task (manager_id, kind, title, due_on, status, completed_at, outcome, source, source_key)
         select $1, v.kind, '列表' || v.n, managers.beijing_today() + v.d, v.status,
                case when v.status = 'DONE' then now() end, case when v.status <> 'OPEN' then '结果' end, 'MANUAL', 'list:' || v.n
         from (values (1, -5, 'OPEN', 'VISIT'), (2, -1, 'OPEN', 'CALL'), (3, 0, 'OPEN', 'CALL'), (4, 7, 'OPEN', 'SETTLEMENT'),
                      (5, -9, 'DONE', 'VISIT'), (6, -2, 'CANCELLED', 'VISIT')) v(n, d, status, kind)`,
        [MANAGERS.BJ0101_B],
      ),
    );
  });

  it('lists open tasks soonest first, filters by status, kind, dates and overdue, and counts open / due today / overdue', async () => {
    const all = await gql(sg.url, TASKS, { id: String(MANAGERS.BJ0101_B) }, tt.bj0101Manager2);
    expect(all.errors).toBeUndefined();
    const m = all.data!.customerManager;
    // 2 overdue, due today, next week, and B1's next step made above (in 3 days); then the cancelled and the done one, latest first
    expect(m.taskSummary).toEqual({ open: 5, dueToday: 1, overdue: 2 });
    const items = m.tasks.items as { dueOn: string; status: string; overdue: boolean }[];
    expect(items.map((i) => [i.dueOn, i.status])).toEqual([
      [day(-5), 'OPEN'],
      [day(-1), 'OPEN'],
      [day(0), 'OPEN'],
      [day(3), 'OPEN'],
      [day(7), 'OPEN'],
      [day(-2), 'CANCELLED'],
      [day(-9), 'DONE'],
    ]);
    expect(items.slice(0, 3).map((i) => [i.dueOn, i.overdue])).toEqual([
      [day(-5), true],
      [day(-1), true],
      [day(0), false],
    ]);
    const q = async (f: object) =>
      (
        (await gql(sg.url, TASKS, { id: String(MANAGERS.BJ0101_B), f }, tt.bj0101Manager2)).data!.customerManager.tasks.items as {
          dueOn: string;
        }[]
      ).map((i) => i.dueOn);
    expect(await q({ overdueOnly: true })).toEqual([day(-5), day(-1)]);
    expect(await q({ statuses: ['DONE', 'CANCELLED'] })).toEqual([day(-2), day(-9)]);
    expect(await q({ kinds: ['SETTLEMENT'] })).toEqual([day(7)]);
    expect(await q({ dueFrom: day(-1), dueTo: day(0), statuses: ['OPEN'] })).toEqual([day(-1), day(0)]);
    const bad = await gql(sg.url, TASKS, { id: String(MANAGERS.BJ0101_B), f: { dueTo: '2025-02-29' } }, tt.bj0101Manager2);
    expect(field(bad)).toBe('dueTo');
  });

  it('surfaces overdue tasks to the head: the managers in scope only, with a summary per manager', async () => {
    await withSql(db.url, (q) =>
      q(
        `insert into managers.task (manager_id, kind, title, due_on, source, source_key) values
           ($1, 'CALL', '上海逾期', managers.beijing_today() - 4, 'MANUAL', 'list:sh'),
           ($2, 'CALL', '三里屯逾期', managers.beijing_today() - 2, 'MANUAL', 'list:bj0102')`,
        [MANAGERS.SH0101, MANAGERS.BJ0102],
      ),
    );
    const OVERDUE = `query($u: ID) { overdueTasks(orgUnitId: $u, page: { pageSize: 50 }) { total items { title overdue manager { id } } } }`;
    const head = (await gql(sg.url, OVERDUE, {}, t.bjHead)).data!.overdueTasks;
    expect(head.items.map((i: { title: string }) => i.title)).toEqual(['列表1', '三里屯逾期', '列表2']);
    expect(head.total).toBe(3);
    expect(head.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
    const outlet = (await gql(sg.url, OVERDUE, { u: '4' }, t.bjHead)).data!.overdueTasks;
    expect(outlet.items.map((i: { title: string }) => i.title)).toEqual(['列表1', '列表2']);
    const otherUnit = await gql(sg.url, OVERDUE, { u: '5' }, t.bj0101Manager);
    expect(code(otherUnit)).toBe('NOT_FOUND');

    const SUMMARIES = `query($u: ID) { managerTaskSummaries(orgUnitId: $u) { manager { id } open dueToday overdue } }`;
    const res = await gql(sg.url, SUMMARIES, { u: '3' }, t.bjHead);
    expect(res.errors).toBeUndefined();
    const byId = Object.fromEntries(
      (res.data!.managerTaskSummaries as { manager: { id: string }; overdue: number; dueToday: number }[]).map((s) => [s.manager.id, s]),
    );
    expect(Object.keys(byId).sort()).toEqual([MANAGERS.BJ0101_A, MANAGERS.BJ0101_B, MANAGERS.BJ0102, MANAGERS.BJ01].map(String).sort());
    expect(byId[MANAGERS.BJ0101_B]).toMatchObject({ overdue: 2, dueToday: 1 });
    expect(byId[MANAGERS.BJ0102]).toMatchObject({ overdue: 1 });
    expect(res.data!.managerTaskSummaries[0].manager.id).toBe(String(MANAGERS.BJ0101_B)); // most overdue first
  });

  it('costs the same number of SQL statements for 3 tasks a manager as for 40', async () => {
    const LIST = `{ customerManagers(filter: { orgUnitId: "4" }) { items { id taskSummary { open overdue }
      tasks(page: { pageSize: 50 }) { total items { id dueOn overdue customer { id } manager { id } createdBy { id } } } } } }`;
    const few = await countSql(['managers'], () => gql(sg.url, LIST, {}, t.bj0101Manager));
    await withSql(db.url, (q) =>
      q(
        `insert into managers.task (manager_id, customer_id, customer_org_path, kind, title, due_on, source, source_key)
         select m.id, $3, '/1/2/3/4/', 'CALL', '批量' || g, managers.beijing_today() + (g % 9) - 4, 'MANUAL', 'bulk:' || m.id || ':' || g
         from generate_series(1, 40) g, (values ($1::int), ($2::int)) m(id)`,
        [MANAGERS.BJ0101_A, MANAGERS.BJ0101_B, CUSTOMERS.A1],
      ),
    );
    const many = await countSql(['managers'], () => gql(sg.url, LIST, {}, t.bj0101Manager));
    expect(many.result.errors).toBeUndefined();
    const shown = (many.result.data!.customerManagers.items as { tasks: { items: unknown[] } }[]).reduce(
      (n, m) => n + m.tasks.items.length,
      0,
    );
    expect(shown).toBeGreaterThanOrEqual(80);
    expect(many.counts.managers).toBe(few.counts.managers);
    console.info(`managers with tasks: ${few.counts.managers} SQL statements with few tasks, ${many.counts.managers} with ${shown}`);

    const OVERDUE = `query($n: Int!) { overdueTasks(page: { pageSize: $n }) { total items { id customer { id } manager { id } } } }`;
    const five = await countSql(['managers'], () => gql(sg.url, OVERDUE, { n: 5 }, t.bjHead));
    const fifty = await countSql(['managers'], () => gql(sg.url, OVERDUE, { n: 50 }, t.bjHead));
    expect(fifty.result.data!.overdueTasks.items.length).toBeGreaterThan(20);
    expect(fifty.counts.managers).toBe(five.counts.managers);
  });
});

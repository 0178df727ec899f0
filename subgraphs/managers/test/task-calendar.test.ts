import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, startTestSubgraph, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { managersSubgraph } from '../src';
import { MANAGERS, tokens } from './fixture';

/**
 * "Overdue" and "today" are on the Beijing calendar (Asia/Shanghai), whatever the database
 * session's time zone. This file's database runs its sessions in a zone whose date, at the moment
 * the test runs, is NOT Beijing's (UTC-12 or UTC+14, whichever differs now), so a `current_date`
 * or a server-local date anywhere would put a task on the wrong side of the line.
 */
const db = useTestDatabase();
let sg: RunningSubgraph;
let t: Awaited<ReturnType<typeof tokens>>;

const dateIn = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
let beijing: string;
let zone: string;

beforeAll(async () => {
  beijing = dateIn('Asia/Shanghai');
  // UTC-12 is a day behind Beijing until 20:00 Beijing time; UTC+14 a day ahead from 18:00
  zone = ['Etc/GMT+12', 'Etc/GMT-14'].find((z) => dateIn(z) !== beijing)!;
  await withSql(db.url, async (q) => {
    const [{ name }] = await q(`select current_database() as name`);
    await q(`alter database "${name}" set timezone to '${zone}'`);
  });
  await withSql(db.url, (q) =>
    q(
      `insert into managers.task (manager_id, kind, title, due_on, source, source_key) values
         ($1, 'CALL', '北京昨天', $2::date, 'MANUAL', 'cal:1'), ($1, 'CALL', '北京今天', $3::date, 'MANUAL', 'cal:2')`,
      [MANAGERS.BJ0101_A, shift(beijing, -1), beijing],
    ),
  );
  sg = await startTestSubgraph(managersSubgraph, db.url);
  t = await tokens();
});
afterAll(async () => sg?.close());

describe('the Beijing calendar', () => {
  it('runs in a session whose own date is not Beijing’s (so the test can fail)', async () => {
    const [row] = await withSql(db.url, (q) =>
      q(`select current_date::text as session, managers.beijing_today()::text as beijing, current_setting('TimeZone') as tz`),
    );
    expect(row.tz).toBe(zone);
    expect(row.beijing).toBe(beijing);
    expect(row.session).not.toBe(beijing);
  });

  it('calls a task overdue from the day after its due date in Beijing, and due today on its day', async () => {
    const res = await gql(
      sg.url,
      `query($id: ID!) { customerManager(id: $id) { taskSummary { open dueToday overdue }
         tasks { items { title dueOn overdue } } overdue: tasks(filter: { overdueOnly: true }) { items { title } } } }`,
      { id: String(MANAGERS.BJ0101_A) },
      t.bj0101Manager,
    );
    expect(res.errors).toBeUndefined();
    const m = res.data!.customerManager;
    expect(m.taskSummary).toEqual({ open: 2, dueToday: 1, overdue: 1 });
    expect(m.tasks.items).toEqual([
      { title: '北京昨天', dueOn: shift(beijing, -1), overdue: true },
      { title: '北京今天', dueOn: beijing, overdue: false },
    ]);
    expect(m.overdue.items).toEqual([{ title: '北京昨天' }]);
    const head = await gql(sg.url, `{ overdueTasks { items { title } } }`, {}, t.bjHead);
    expect(head.data!.overdueTasks.items).toEqual([{ title: '北京昨天' }]);
  });

  it('accepts a new task due today in Beijing and refuses yesterday', async () => {
    const create = (dueOn: string) =>
      gql(
        sg.url,
        `mutation($d: String!) { createTask(input: { kind: CALL, title: "回访", dueOn: $d }) { dueOn overdue } }`,
        { d: dueOn },
        t.bj0101Manager,
      );
    const ok = await create(beijing);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createTask).toEqual({ dueOn: beijing, overdue: false });
    const yesterday = await create(shift(beijing, -1));
    expect(yesterday.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueOn' });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { withSql } from '@crm/kit/testing';
import { seedManagers } from '../src/demo-seed';
import { MANAGERS } from './fixture';
import { CUSTOMERS, insertTaskFixture } from './task.fixture';

/**
 * The demo seed's tasks: the rules once for the whole bank, and hand-made tasks — done on time, done
 * late, overdue, due today, ahead — so the portal has tasks to show and the scorecard's on-time rate
 * has data. A second seed adds nothing.
 */
const db = useTestDatabase();

beforeAll(async () => {
  await insertTaskFixture(db.url);
});

const summary = () =>
  withSql(
    db.url,
    (q) =>
      q(`select manager_id, source,
                count(*) filter (where status = 'DONE' and (completed_at at time zone 'Asia/Shanghai')::date <= due_on)::int as on_time,
                count(*) filter (where status = 'DONE' and (completed_at at time zone 'Asia/Shanghai')::date > due_on)::int as late,
                count(*) filter (where status = 'OPEN' and due_on < managers.beijing_today())::int as overdue,
                count(*) filter (where status = 'OPEN' and due_on = managers.beijing_today())::int as due_today,
                count(*)::int as n
           from managers.task group by manager_id, source order by manager_id, source`) as Promise<
        { manager_id: number; source: string; on_time: number; late: number; overdue: number; due_today: number; n: number }[]
      >,
  );

describe('demo seed of tasks', () => {
  it('runs the rules and adds hand-made tasks done on time, late and overdue, once', async () => {
    await seedManagers(db.url);
    const rows = await summary();
    const manual = (id: number) => rows.find((r) => r.manager_id === id && r.source === 'MANUAL');
    // BJ0101_A keeps A1 and A2 (X1 is closed: no task for it) and N1 (assigned by the seed): three customers, plus an event
    expect(manual(MANAGERS.BJ0101_A)).toMatchObject({ on_time: 2, late: 1, overdue: 0, n: 4 });
    // every active manager has a themed event at least
    for (const id of Object.values(MANAGERS)) expect(manual(id)?.n).toBeGreaterThanOrEqual(1);
    // the rules ran for the whole bank: SH0101's deposit too
    const [sh] = await withSql(db.url, (q) =>
      q(`select manager_id from managers.task where customer_id = $1 and source = 'DEPOSIT_MATURING'`, [CUSTOMERS.S1]),
    );
    expect(sh.manager_id).toBe(MANAGERS.SH0101);
    // no task for a closed customer
    const closed = await withSql(db.url, (q) => q(`select count(*)::int as n from managers.task where customer_id = $1`, [CUSTOMERS.X1]));
    expect(closed[0].n).toBe(0);

    await seedManagers(db.url);
    expect(await summary()).toEqual(rows);
  });

  it('gives a manager with six customers two tasks done on time, one late, one overdue, one due today and one ahead', async () => {
    await withSql(db.url, async (q) => {
      await q(`insert into customers.customer (id, customer_no, kind, name, id_number, phone, address, gender, home_org_unit_id, home_org_path, status)
        select g, 'C' || lpad(g::text, 9, '0'), 'INDIVIDUAL', '演示' || g, '11010519850101' || lpad(g::text, 4, '0'), '137' || lpad(g::text, 8, '0'),
               '地址', 'M', 5, '/1/2/3/5/', 'ACTIVE'
        from generate_series(7201, 7206) g`);
      await q(`delete from managers.task where manager_id = $1 and source = 'MANUAL'`, [MANAGERS.BJ0102]);
    });
    await seedManagers(db.url);
    const bj0102 = (await summary()).find((r) => r.manager_id === MANAGERS.BJ0102 && r.source === 'MANUAL');
    // C1 and the six new customers of BJ0102: the first six get a task each, and the event
    expect(bj0102).toMatchObject({ on_time: 2, late: 1, overdue: 1, due_today: 1, n: 7 });
  });
});

import { staffClaims, tokenFor, withSql } from '@crm/kit/testing';

/**
 * Portfolios on the tiny bank (test/fixture.ts has its managers 11–14 in Beijing and 5 in Shanghai):
 * - customers 1–450 homed by id % 3 at BJ0101 (unit 4), BJ0102 (unit 5), SH0101 (unit 8); every
 *   50th is CLOSED; none has a manager yet;
 * - managers of BJ0101 added here: 21 keeps a portfolio of 500 (customers 1001–1500), 22 one of 5
 *   (2001–2005), 23 receives them, 24 has left (inactive); 25 at BJ0102 keeps 3 (2101–2103).
 */
export const PORTFOLIO = { LEAVING: 21, LEAVING_SMALL: 22, SUCCESSOR: 23, FORMER: 24, BJ0102_SMALL: 25 } as const;
export const BIG = { from: 1001, to: 1500 } as const;
export const SMALL = { from: 2001, to: 2005 } as const;
export const BJ0102_PORTFOLIO = { from: 2101, to: 2103 } as const;

/** Leaders with PORTFOLIO_REASSIGN: two of Beijing (maker and checker), one of Shanghai. */
export const LEADERS = { BJ_HEAD: 2, BJ_DEPUTY: 3, SH_HEAD: 30 } as const;

export const leaderTokens = async () => ({
  bjHead: await tokenFor(
    staffClaims({ orgPath: '/1/2/', sub: String(LEADERS.BJ_HEAD), orgUnitId: '2', level: 'BRANCH', roles: ['BRANCH_LEADER'] }),
  ),
  bjDeputy: await tokenFor(
    staffClaims({ orgPath: '/1/2/', sub: String(LEADERS.BJ_DEPUTY), orgUnitId: '2', level: 'BRANCH', roles: ['BRANCH_LEADER'] }),
  ),
  shHead: await tokenFor(
    staffClaims({ orgPath: '/1/6/', sub: String(LEADERS.SH_HEAD), orgUnitId: '6', level: 'BRANCH', roles: ['BRANCH_LEADER'] }),
  ),
});

/** Beijing customers among 1–450 (not Shanghai's id % 3 = 2), open ones only, from `from` on. */
export const beijingOpenCustomers = (from: number, count: number): number[] => {
  const out: number[] = [];
  for (let id = from; id <= 450 && out.length < count; id++) if (id % 3 !== 2 && id % 50 !== 0) out.push(id);
  if (out.length < count) throw new Error(`only ${out.length} Beijing customers from ${from}`);
  return out;
};

const customersSql = (range: string, unitSql: string) =>
  `insert into customers.customer (id, customer_no, kind, name, id_number, phone, address, gender, home_org_unit_id, home_org_path, status)
   select g, 'C' || lpad(g::text, 9, '0'), 'INDIVIDUAL', '客户' || g, '11010519900101' || lpad(g::text, 4, '0'),
          '138' || lpad(g::text, 8, '0'), '地址', 'M', o.unit, o.path, case when g % 50 = 0 then 'CLOSED' else 'ACTIVE' end
   from ${range} as s(g) join ${unitSql}`;

export async function insertPortfolios(url: string) {
  await withSql(url, async (query) => {
    await query(
      customersSql(
        'generate_series(1, 450)',
        `(values (0, 4, '/1/2/3/4/'), (1, 5, '/1/2/3/5/'), (2, 8, '/1/6/7/8/')) o(k, unit, path) on o.k = g % 3`,
      ),
    );
    // the portfolios are all open customers (ids not multiples of 50)
    await query(
      customersSql(
        `(select generate_series(${BIG.from}, ${BIG.to}) union all select generate_series(${SMALL.from}, ${SMALL.to}))`,
        `(values (4, '/1/2/3/4/')) o(unit, path) on true`,
      ),
    );
    await query(
      customersSql(`generate_series(${BJ0102_PORTFOLIO.from}, ${BJ0102_PORTFOLIO.to})`, `(values (5, '/1/2/3/5/')) o(unit, path) on true`),
    );
    await query(`insert into managers.customer_manager (staff_id, org_unit_id, org_path, grade, employment, specialty, capacity, active) values
      (21, 4, '/1/2/3/4/', 'SENIOR', 'FULL_TIME', 'RETAIL', 800, true),
      (22, 4, '/1/2/3/4/', 'JUNIOR', 'PART_TIME', 'RETAIL', 300, true),
      (23, 4, '/1/2/3/4/', 'SENIOR', 'FULL_TIME', 'RETAIL', 2000, true),
      (24, 4, '/1/2/3/4/', 'JUNIOR', 'FULL_TIME', 'RETAIL', 300, false),
      (25, 5, '/1/2/3/5/', 'JUNIOR', 'PART_TIME', 'RETAIL', 300, true)`);
    await query(`insert into managers.portfolio_assignment (customer_id, customer_org_path, manager_id, started_at, reason)
      select c.id, c.home_org_path, case when c.id >= ${BJ0102_PORTFOLIO.from} then 25 when c.id >= ${SMALL.from} then 22 else 21 end,
             now() - interval '1 year', 'INITIAL'
      from customers.customer c where c.id >= ${BIG.from}`);
  });
}

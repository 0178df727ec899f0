import { withSql } from '@crm/kit/testing';

/**
 * The tiny bank of org-hierarchy's fixture (inserted in the test template): head office → Beijing
 * branch → sub-branch → outlets BJ0101, BJ0102; Shanghai branch → sub-branch → outlet SH0101.
 */
export const PATHS = {
  HO: '/1/',
  BJ: '/1/2/',
  BJ01: '/1/2/3/',
  BJ0101: '/1/2/3/4/',
  BJ0102: '/1/2/3/5/',
  SH: '/1/6/',
  SH0101: '/1/6/7/8/',
} as const;
export const OUTLETS = { BJ0101: 4, BJ0102: 5, SH0101: 8 } as const;

/** n customers per outlet; names carry the outlet code so a leak is easy to see. */
export async function insertCustomers(url: string, perOutlet: number) {
  await withSql(url, (query) =>
    query(
      `insert into customers.customer (customer_no, kind, name, id_number, phone, address, gender, home_org_unit_id, home_org_path, status)
       select 'C' || lpad((o.ord * 100000 + g)::text, 9, '0'),
              case when g % 5 = 0 then 'CORPORATE' else 'INDIVIDUAL' end,
              o.code || '客户' || g,
              '1101051990' || lpad(o.ord::text, 2, '0') || lpad(g::text, 5, '0') || 'X',
              '138' || lpad((o.ord * 10000000 + g)::text, 8, '0'),
              '北京市朝阳区某路' || g || '号',
              case when g % 2 = 0 then 'F' else 'M' end,
              o.unit, o.path,
              case when g % 10 = 0 then 'DORMANT' else 'ACTIVE' end
       from (values (1, 'BJ0101', 4, '/1/2/3/4/'), (2, 'BJ0102', 5, '/1/2/3/5/'), (3, 'SH0101', 8, '/1/6/7/8/')) as o(ord, code, unit, path),
            generate_series(1, $1::int) as g`,
      [perOutlet],
    ),
  );
}

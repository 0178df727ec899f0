import { hashPassword } from '@crm/kit';
import { withSql } from '@crm/kit/testing';

export const PASSWORD = 'correct horse';

/**
 * A tiny bank: head office → Beijing branch → sub-branch → two outlets; Shanghai branch → sub-branch → one outlet.
 */
export const UNITS = {
  HO: { id: 1, path: '/1/' },
  BJ: { id: 2, path: '/1/2/' },
  BJ01: { id: 3, path: '/1/2/3/' },
  BJ0101: { id: 4, path: '/1/2/3/4/' },
  BJ0102: { id: 5, path: '/1/2/3/5/' },
  SH: { id: 6, path: '/1/6/' },
  SH01: { id: 7, path: '/1/6/7/' },
  SH0101: { id: 8, path: '/1/6/7/8/' },
} as const;

export async function insertTinyBank(url: string) {
  await withSql(url, async (query) => {
    const hash = await hashPassword(PASSWORD);
    await query(`insert into org_hierarchy.org_unit (id, code, name, name_en, level, parent_id, path) values
      (1, 'HO', '总行', 'Head office', 'HEAD_OFFICE', null, '/1/'),
      (2, 'BJ', '北京分行', 'Beijing branch', 'BRANCH', 1, '/1/2/'),
      (3, 'BJ01', '北京朝阳支行', 'Chaoyang sub-branch', 'SUB_BRANCH', 2, '/1/2/3/'),
      (4, 'BJ0101', '朝阳门网点', 'Chaoyangmen outlet', 'OUTLET', 3, '/1/2/3/4/'),
      (5, 'BJ0102', '三里屯网点', 'Sanlitun outlet', 'OUTLET', 3, '/1/2/3/5/'),
      (6, 'SH', '上海分行', 'Shanghai branch', 'BRANCH', 1, '/1/6/'),
      (7, 'SH01', '上海浦东支行', 'Pudong sub-branch', 'SUB_BRANCH', 6, '/1/6/7/'),
      (8, 'SH0101', '陆家嘴网点', 'Lujiazui outlet', 'OUTLET', 7, '/1/6/7/8/')`);
    await query(
      `insert into org_hierarchy.department (id, code, name, name_en) values (1, 'RETAIL', '零售业务部', 'Retail'), (2, 'STRATEGY', '战略发展部', 'Strategy'), (3, 'TRAINING', '培训部', 'Training')`,
    );
    await query(
      `insert into org_hierarchy.staff (id, username, password_hash, name, position, org_unit_id, department_id, roles, active) values
      (1, 'hq.analyst', $1, '周敏', '战略分析师', 1, 2, '{STRATEGY_ANALYST}', true),
      (2, 'bj.head', $1, '王建国', '分行行长', 2, 1, '{BRANCH_LEADER}', true),
      (3, 'bj0101.staff', $1, '李娜', '柜员', 4, 1, '{OUTLET_STAFF}', true),
      (4, 'bj0102.staff', $1, '陈静', '柜员', 5, 1, '{OUTLET_STAFF}', true),
      (5, 'sh0101.staff', $1, '张伟', '客户经理', 8, 1, '{OUTLET_STAFF,CUSTOMER_MANAGER}', true),
      (6, 'bj0101.retired', $1, '刘洋', '柜员', 4, 1, '{OUTLET_STAFF}', false)`,
      [hash],
    );
  });
}

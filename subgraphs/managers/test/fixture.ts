import { staffClaims, tokenFor, withSql } from '@crm/kit/testing';

/**
 * The tiny bank (org-hierarchy's fixture: HO=1, BJ=2, BJ01=3, BJ0101=4, BJ0102=5, SH=6, SH01=7, SH0101=8)
 * with customer managers: two at BJ0101 (one full-time, one part-time), one at BJ0102, one at the
 * sub-branch BJ01, and SH0101's staff member 5 (already a manager in the directory); a trainer at head office.
 */
export const MANAGERS = { BJ0101_A: 11, BJ0101_B: 12, BJ0102: 13, BJ01: 14, SH0101: 5 } as const;
export const TRAINER = 15;

export async function insertManagerStaff(url: string) {
  await withSql(url, async (query) => {
    await query(`insert into org_hierarchy.staff (id, username, password_hash, name, position, org_unit_id, department_id, roles, active) values
      (11, 'bj0101.manager', 'x', '赵敏', '客户经理', 4, 1, '{CUSTOMER_MANAGER,OUTLET_STAFF}', true),
      (12, 'bj0101.manager02', 'x', '孙磊', '客户经理', 4, 1, '{CUSTOMER_MANAGER,OUTLET_STAFF}', true),
      (13, 'bj0102.manager', 'x', '周杰', '客户经理', 5, 1, '{CUSTOMER_MANAGER,OUTLET_STAFF}', true),
      (14, 'bj01.manager', 'x', '吴芳', '对公客户经理', 3, 1, '{CUSTOMER_MANAGER}', true),
      (15, 'hq.trainer', 'x', '郑华', '培训师', 1, 3, '{TRAINER}', true)`);
    await query(`insert into managers.customer_manager (staff_id, org_unit_id, org_path, grade, employment, specialty, capacity) values
      (11, 4, '/1/2/3/4/', 'SENIOR', 'FULL_TIME', 'RETAIL', 800),
      (12, 4, '/1/2/3/4/', 'JUNIOR', 'PART_TIME', 'RETAIL', 300),
      (13, 5, '/1/2/3/5/', 'INTERMEDIATE', 'FULL_TIME', 'RETAIL', 800),
      (14, 3, '/1/2/3/', 'PRINCIPAL', 'FULL_TIME', 'CORPORATE', 500),
      (5, 8, '/1/6/7/8/', 'INTERMEDIATE', 'FULL_TIME', 'RETAIL', 800)`);
  });
}

export const tokens = async () => ({
  analyst: await tokenFor(
    staffClaims({ orgPath: '/1/', sub: '1', orgUnitId: '1', level: 'HEAD_OFFICE', department: 'STRATEGY', roles: ['STRATEGY_ANALYST'] }),
  ),
  trainer: await tokenFor(
    staffClaims({ orgPath: '/1/', sub: String(TRAINER), orgUnitId: '1', level: 'HEAD_OFFICE', department: 'TRAINING', roles: ['TRAINER'] }),
  ),
  bjHead: await tokenFor(
    staffClaims({ orgPath: '/1/2/', sub: '2', orgUnitId: '2', level: 'BRANCH', department: 'RETAIL', roles: ['BRANCH_LEADER'] }),
  ),
  bj0101Manager: await tokenFor(
    staffClaims({ orgPath: '/1/2/3/4/', sub: String(MANAGERS.BJ0101_A), orgUnitId: '4', roles: ['CUSTOMER_MANAGER', 'OUTLET_STAFF'] }),
  ),
  bj0102Manager: await tokenFor(
    staffClaims({ orgPath: '/1/2/3/5/', sub: String(MANAGERS.BJ0102), orgUnitId: '5', roles: ['CUSTOMER_MANAGER', 'OUTLET_STAFF'] }),
  ),
  sh0101Manager: await tokenFor(
    staffClaims({ orgPath: '/1/6/7/8/', sub: String(MANAGERS.SH0101), orgUnitId: '8', roles: ['CUSTOMER_MANAGER', 'OUTLET_STAFF'] }),
  ),
  product: await tokenFor(
    staffClaims({ orgPath: '/1/', sub: '20', orgUnitId: '1', level: 'HEAD_OFFICE', department: 'PRODUCT', roles: ['PRODUCT_MANAGER'] }),
  ),
});

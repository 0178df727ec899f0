import type { StaffClaims } from '@crm/shared-types';

/**
 * The signed-in staff member of a portal test: 王丽, customer manager at outlet 12 (path /1/3/12/).
 * One definition for every remote's and the shell's tests; a test changes only what it is about.
 */
export function testStaff(overrides: Partial<StaffClaims> = {}): StaffClaims {
  return {
    sub: '7',
    username: 'wang.li',
    name: '王丽',
    orgUnitId: '12',
    orgPath: '/1/3/12/',
    level: 'OUTLET',
    department: 'RETAIL',
    roles: ['CUSTOMER_MANAGER'],
    ...overrides,
  };
}

import 'reflect-metadata';
import { defineSubgraph, repeatEvery, type SigningKey } from '@crm/kit';
import { orgHierarchyDatabase } from './database';
import { OrgUnitResolver } from './org-unit/org-unit.resolver';
import { orgUnitReference } from './org-unit/org-unit.reference';
import { StaffResolver } from './staff/staff.resolver';
import { staffReference } from './staff/staff.reference';
import { DepartmentResolver } from './department/department.resolver';
import { mountLoginRoutes } from './auth/login.route';
import { LoginThrottle } from './auth/login-throttle';

export { orgHierarchyDatabase } from './database';
export { OrgUnit } from './org-unit/org-unit.entity';
export { Staff } from './staff/staff.entity';
export { Department } from './department/department.entity';

/** org-hierarchy: units, departments, staff — and the development token issuer. */
export const orgHierarchySubgraph = (signingKey?: SigningKey) =>
  defineSubgraph({
    name: 'org-hierarchy',
    database: orgHierarchyDatabase,
    resolvers: [OrgUnitResolver, StaffResolver, DepartmentResolver],
    references: { OrgUnit: orgUnitReference, Staff: staffReference },
    routes: signingKey ? (app, { orm }) => mountLoginRoutes(app, orm, signingKey) : undefined,
    // old throttle rows would start afresh anyway; deleting them keeps the table as small as the attacks of the last half hour
    background: signingKey
      ? ({ orm }) => repeatEvery('login-throttle-prune', 10 * 60_000, () => new LoginThrottle(orm.em.getConnection()).prune())
      : undefined,
  });

import 'reflect-metadata';
import { defineSubgraph, type SigningKey } from '@crm/kit';
import { orgHierarchyDatabase } from './database';
import { OrgUnitResolver, resolveOrgUnitReference } from './org-unit/org-unit.resolver';
import { StaffResolver, resolveStaffReference } from './staff/staff.resolver';
import { DepartmentResolver } from './department/department.resolver';
import { mountLoginRoutes } from './auth/login.route';

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
    references: { OrgUnit: resolveOrgUnitReference, Staff: resolveStaffReference },
    routes: signingKey ? (app, { orm }) => mountLoginRoutes(app, orm, signingKey) : undefined,
  });

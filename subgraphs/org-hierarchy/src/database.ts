import type { SubgraphDatabase } from '@crm/kit';
import { OrgUnit } from './org-unit/org-unit.entity';
import { Department } from './department/department.entity';
import { Staff } from './staff/staff.entity';
import { OrgStructure0001 } from './migrations/0001-org-structure.migration';
import { PublishedViews0002 } from './migrations/0002-published-views.migration';
import { LoginThrottle0003 } from './migrations/0003-login-throttle.migration';
import { PublishedStaff0004 } from './migrations/0004-published-staff.migration';

export const orgHierarchyDatabase: SubgraphDatabase = {
  schema: 'org_hierarchy',
  entities: [OrgUnit, Department, Staff],
  migrations: [
    { name: '0001-org-structure', class: OrgStructure0001 },
    { name: '0002-published-views', class: PublishedViews0002 },
    { name: '0003-login-throttle', class: LoginThrottle0003 },
    { name: '0004-published-staff', class: PublishedStaff0004 },
  ],
};

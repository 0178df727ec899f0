export { seedDemoBank, demoPasswordHash, SeedError, DEFAULT_CUSTOMERS, DEFAULT_SEED, type SeedOptions, type SeedResult } from './seed';
export { DEMO_LOGINS, DEMO_PASSWORD, DEPARTMENT_NAMES, formatDemoLogins, buildOrgUnits, buildDepartments, type DemoLogin, type OrgUnitRow, type Outlet } from './bank';
export { generateCustomers, customerNo, type CustomerRow, type CustomerKind, type CustomerStatus } from './customers';
export type { ProgressOption, ProgressCallback } from './progress';


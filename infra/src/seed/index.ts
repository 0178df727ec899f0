export {
  seedDemoBank,
  demoPasswordHash,
  SeedError,
  DEFAULT_CUSTOMERS,
  DEFAULT_SEED,
  type SeedOptions,
  type SeedResult,
  type TableStats,
} from './seed';
export { defaultTransactionsPerYear } from './plan';
export { DEFAULT_AS_OF } from './time';
export {
  DEMO_LOGINS,
  DEMO_PASSWORD,
  DEPARTMENT_NAMES,
  formatDemoLogins,
  buildOrgUnits,
  buildDepartments,
  type DemoLogin,
  type OrgUnitRow,
  type Outlet,
} from './bank';
export { generateCustomers, customerNo, type CustomerRow, type CustomerKind, type CustomerStatus } from './customers';
export type { ProgressOption, ProgressCallback } from './progress';

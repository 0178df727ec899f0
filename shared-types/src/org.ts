/** Levels of the bank, top to bottom (总行 → 分行 → 支行 → 网点). */
export const ORG_LEVELS = ['HEAD_OFFICE', 'BRANCH', 'SUB_BRANCH', 'OUTLET'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

/** Departments (部门). A staff member belongs to exactly one. */
export const DEPARTMENTS = [
  'STRATEGY',
  'RETAIL',
  'CORPORATE',
  'PRODUCT',
  'MARKETING',
  'SERVICE_QUALITY',
  'TRAINING',
  'RISK',
  'OPERATIONS',
] as const;
export type DepartmentCode = (typeof DEPARTMENTS)[number];

/**
 * Roles say what a staff member may do; the org unit says over which customers (data scope).
 * PII_VIEWER is the only role allowed to read unmasked personal data.
 */
export const ROLES = [
  'STRATEGY_ANALYST',
  'BRANCH_LEADER',
  'OUTLET_STAFF',
  'CUSTOMER_MANAGER',
  'TRAINER',
  'PRODUCT_MANAGER',
  'PII_VIEWER',
  'SYSTEM_ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * A materialized org path: the ids from the head office down, wrapped in slashes ("/1/3/12/").
 * A unit's data scope is every row whose org path starts with the unit's path.
 */
export function isWithinScope(rowPath: string, scopePath: string): boolean {
  return rowPath.startsWith(scopePath);
}

export function childPath(parentPath: string | null, id: number | string): string {
  return `${parentPath ?? '/'}${id}/`;
}

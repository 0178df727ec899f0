import type { StaffClaims } from './claims';
import type { DepartmentCode, OrgLevel, Role } from './org';

/**
 * What a staff member may do — the one permission table of the bank. The org unit says over which
 * customers (data scope); this table says what. Every subgraph enforces it on every query field,
 * mutation and entity (the kit's `@Permit`), deny by default; the portal's menu and buttons are
 * derived from it. A permission nobody is granted is simply never allowed.
 */
export const PERMISSIONS = {
  DIRECTORY_READ: 'the bank directory: org units, departments, colleagues’ names and positions, one’s own login',
  STAFF_READ: 'staff lists of one’s unit and the units below it',
  CUSTOMER_READ: 'customer records in scope with personal data masked, their accounts, transactions, contacts, cases, scores',
  CUSTOMER_PII_REVEAL: 'unmask one customer’s personal data for a stated purpose (audited)',
  CUSTOMER_EDIT: 'register and edit customers; record contacts, needs, surveys and relationships',
  CUSTOMER_MERGE: 'fold a duplicate customer record into another',
  CUSTOMER_IMPORT: 'bulk import of customers and accounts from CSV',
  CUSTOMER_EXPORT: 'export the scoped customer list to CSV (audited)',
  CASE_MANAGE: 'open, acknowledge, escalate, resolve and close complaints and service cases',
  CASE_ESCALATE_OVERDUE: 'run the escalation of every case past its SLA',
  PII_AUDIT_READ: 'read the PII access log of one’s scope',
  ANALYSIS_READ: 'aggregates: roll-ups by unit, tier distributions, tier policies, score dates',
  TIER_POLICY_EDIT: 'draft and preview tier policies',
  TIER_POLICY_APPROVE: 'approve another person’s tier policy draft (maker-checker)',
  SCORE_RECOMPUTE: 'recompute scores and tiers',
  GRAPH_EXPLORE: 'the GraphQL explorer: schema introspection',
  MANAGER_ASSESS: 'assess customer managers’ competencies and plan their training',
  PORTFOLIO_REASSIGN: 'reassign customers between customer managers',
  CAMPAIGN_MANAGE: 'build and launch marketing campaigns',
  MANAGER_READ: 'customer managers in scope: their portfolios, ledgers (台账), tasks and scorecards',
  TASK_MANAGE: 'create, reschedule and complete customer managers’ tasks (visits, calls, follow-ups)',
  TARGET_SET: 'set customer managers’ targets per period and the scorecard weights',
  ASSESSMENT_ACKNOWLEDGE: 'acknowledge (and comment on) one’s own competency assessment',
} as const satisfies Record<string, string>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/**
 * One line of the table: who gets these permissions. A line matches a staff member when each of
 * its conditions holds — any of its roles, any of its departments, any of its levels; a condition
 * left out matches everyone.
 */
export interface PermissionGrant {
  permissions: readonly Permission[];
  roles?: readonly Role[];
  departments?: readonly DepartmentCode[];
  levels?: readonly OrgLevel[];
  /** why this group gets this — read by auditors, printed in the README */
  why: string;
}

/** Customer-facing work: tellers, customer managers, branch and sub-branch leadership. */
const FRONT_LINE: readonly Role[] = ['OUTLET_STAFF', 'CUSTOMER_MANAGER', 'BRANCH_LEADER'];

export const PERMISSION_GRANTS: readonly PermissionGrant[] = [
  { permissions: ['DIRECTORY_READ'], why: 'every staff member may look up the bank’s units and colleagues' },
  {
    permissions: ['STAFF_READ'],
    roles: ['BRANCH_LEADER', 'SYSTEM_ADMIN', 'TRAINER', 'STRATEGY_ANALYST'],
    why: 'leaders, administrators and trainers manage people',
  },
  {
    permissions: ['CUSTOMER_READ', 'ANALYSIS_READ'],
    roles: [...FRONT_LINE, 'STRATEGY_ANALYST'],
    why: 'front line serves customers; strategy analyses them (masked)',
  },
  {
    permissions: ['CUSTOMER_READ', 'ANALYSIS_READ'],
    departments: ['RETAIL', 'CORPORATE', 'SERVICE_QUALITY', 'RISK'],
    why: 'business lines, service quality and risk oversee customers (masked)',
  },
  { permissions: ['CUSTOMER_PII_REVEAL'], roles: ['PII_VIEWER'], why: 'unmasking needs the explicit PII role, and is audited' },
  { permissions: ['CUSTOMER_EDIT', 'CASE_MANAGE'], roles: FRONT_LINE, why: 'the front line keeps the record and handles complaints' },
  { permissions: ['CASE_MANAGE'], departments: ['SERVICE_QUALITY'], why: 'service quality handles complaints and bad service' },
  {
    permissions: ['CUSTOMER_MERGE', 'CUSTOMER_IMPORT', 'CUSTOMER_EXPORT', 'PII_AUDIT_READ', 'CASE_ESCALATE_OVERDUE'],
    roles: ['BRANCH_LEADER'],
    why: 'bulk work and merges are a leader’s decision',
  },
  {
    permissions: ['PII_AUDIT_READ', 'CASE_ESCALATE_OVERDUE'],
    roles: ['SYSTEM_ADMIN'],
    why: 'administrators audit access and run the SLA job, without reading customers',
  },
  { permissions: ['PII_AUDIT_READ'], departments: ['RISK'], why: 'risk audits who saw personal data' },
  {
    permissions: ['TIER_POLICY_EDIT', 'TIER_POLICY_APPROVE', 'SCORE_RECOMPUTE', 'GRAPH_EXPLORE'],
    roles: ['STRATEGY_ANALYST'],
    levels: ['HEAD_OFFICE'],
    why: 'head-office strategy sets the tier policy (a second analyst approves) and queries the graph',
  },
  { permissions: ['SCORE_RECOMPUTE'], roles: ['SYSTEM_ADMIN'], levels: ['HEAD_OFFICE'], why: 'operations may rerun the batch' },
  {
    permissions: ['ANALYSIS_READ', 'CAMPAIGN_MANAGE'],
    roles: ['PRODUCT_MANAGER'],
    why: 'product and marketing work on segments and aggregates, not personal data',
  },
  { permissions: ['ANALYSIS_READ'], departments: ['PRODUCT', 'MARKETING'], why: 'product and marketing read aggregates' },
  { permissions: ['MANAGER_ASSESS', 'STAFF_READ'], roles: ['TRAINER'], why: 'trainers assess managers, not customers' },
  {
    permissions: ['MANAGER_READ', 'TASK_MANAGE'],
    roles: FRONT_LINE,
    why: 'managers keep their ledger and tasks; colleagues and leaders of the unit see them (scope decides whose)',
  },
  { permissions: ['MANAGER_READ'], roles: ['TRAINER'], why: 'trainers set competencies against managers’ results' },
  { permissions: ['ASSESSMENT_ACKNOWLEDGE'], roles: ['CUSTOMER_MANAGER'], why: 'a manager acknowledges their own assessment' },
  { permissions: ['TARGET_SET'], roles: ['BRANCH_LEADER'], why: 'the branch sets its managers’ targets' },
  {
    permissions: ['PORTFOLIO_REASSIGN'],
    roles: ['BRANCH_LEADER'],
    why: 'a leader moves portfolios (many customers: a second leader approves)',
  },
];

type Caller = Pick<StaffClaims, 'department' | 'level'> & { roles: readonly Role[] };

const matches = (grant: PermissionGrant, user: Caller) =>
  (!grant.roles || grant.roles.some((r) => user.roles.includes(r))) &&
  (!grant.departments || grant.departments.includes(user.department)) &&
  (!grant.levels || grant.levels.includes(user.level));

/** Every permission the caller holds. */
export function permissionsOf(user: Caller, grants: readonly PermissionGrant[] = PERMISSION_GRANTS): Set<Permission> {
  const held = new Set<Permission>();
  for (const grant of grants) if (matches(grant, user)) for (const p of grant.permissions) held.add(p);
  return held;
}

/** Whether the caller holds every one of the permissions (deny when none are named: nothing is open by omission). */
export function can(user: Caller, ...required: Permission[]): boolean {
  if (required.length === 0) return false;
  const held = permissionsOf(user);
  return required.every((p) => held.has(p));
}

export const isPermission = (value: string): value is Permission => Object.hasOwn(PERMISSIONS, value);

// Routing inside the remote, on the plain History API like the shell and the other remotes. The shell
// listens to `popstate` only; the kit's navigateTo dispatches one after a pushState, so the shell's
// menu and this remote both follow.
//   ${basePath}              → 我的台账: the manager's ledger (their customers)
//   ${basePath}/tasks        → 我的任务: tasks today and overdue, then upcoming
//   ${basePath}/movements    → 客户动态: my customers at churn risk, customers moving tier
//   ${basePath}/scorecard    → 我的业绩: the scorecard against targets
//   ${basePath}/assessment   → 能力评估: the latest competency assessment, acknowledged here
// The sections are the manifest's (gateway/src/portal-manifest.ts), in its order.

export type ManagerRoute =
  { name: 'ledger' } | { name: 'tasks' } | { name: 'movements' } | { name: 'scorecard' } | { name: 'assessment' } | { name: 'notFound' };
export type ManagerSection = Exclude<ManagerRoute['name'], 'notFound'>;
export const SECTIONS: readonly ManagerSection[] = ['ledger', 'tasks', 'movements', 'scorecard', 'assessment'];
const SUBPATHS = new Set<string>(SECTIONS.filter((s) => s !== 'ledger'));

const trim = (p: string) => p.replace(/\/+$/, '');

export function parseManagerPath(pathname: string, basePath: string): ManagerRoute {
  const base = trim(basePath);
  const path = trim(pathname);
  if (path === base) return { name: 'ledger' };
  // the shell only mounts the remote under its route; anything else (a test page, a stand-alone dev page) shows the ledger
  if (!path.startsWith(`${base}/`)) return { name: 'ledger' };
  const rest = path.slice(base.length + 1);
  if (SUBPATHS.has(rest)) return { name: rest as ManagerSection };
  return { name: 'notFound' };
}

export function managerPath(basePath: string, route: ManagerRoute): string {
  const base = trim(basePath);
  if (route.name === 'ledger' || route.name === 'notFound') return base || '/';
  return `${base}/${route.name}`;
}

/**
 * A customer's 360 lives in the outlet remote, mounted by the shell at the manifest's `/outlet` route
 * (every level, CUSTOMER_READ — which this remote requires too) under its own `customers/:id`
 * (outlet/src/routing/outlet.routes.ts), as the branch cockpit links it.
 */
export const OUTLET_ROUTE = '/outlet';
export const customer360Path = (customerId: string) => `${OUTLET_ROUTE}/customers/${encodeURIComponent(customerId)}`;

// navigation itself (History API + popstate, in step with the shell) is the kit's, shared by every remote
export { navigateTo, useLocationPath, linkClick } from '@crm/ui-kit';

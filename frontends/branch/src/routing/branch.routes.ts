// Routing inside the remote, on the plain History API like the shell and the outlet remote
// (outlet/src/routing/outlet.routes.ts). The shell listens to `popstate` only; after a pushState we
// dispatch one ourselves, so the shell's pathname and this remote both follow.
//   ${basePath}              → the caller's own unit (myOrgUnit)
//   ${basePath}/units/:id    → a unit below it (drill-down), orgUnit(id)

export type BranchRoute = { name: 'home' } | { name: 'unit'; id: string } | { name: 'notFound' };

const trim = (p: string) => p.replace(/\/+$/, '');

export function parseBranchPath(pathname: string, basePath: string): BranchRoute {
  const base = trim(basePath);
  const path = trim(pathname);
  if (path === base) return { name: 'home' };
  // the shell only mounts the remote under its route; anything else (a test page, a stand-alone dev page) shows the home
  if (!path.startsWith(`${base}/`)) return { name: 'home' };
  const parts = path
    .slice(base.length + 1)
    .split('/')
    .map(decodeURIComponent);
  if (parts[0] === 'units' && parts.length === 2 && parts[1]) return { name: 'unit', id: parts[1] };
  return { name: 'notFound' };
}

export function branchPath(basePath: string, route: BranchRoute): string {
  const base = trim(basePath);
  if (route.name === 'unit') return `${base}/units/${encodeURIComponent(route.id)}`;
  return base || '/';
}

/**
 * A customer's 360 lives in the outlet remote, mounted by the shell at the manifest's `/outlet` route
 * (gateway/src/portal-manifest.ts: every level, CUSTOMER_READ — which the cockpit requires too, so
 * every cockpit user has it) under its own `customers/:id` (outlet/src/routing/outlet.routes.ts).
 */
export const OUTLET_ROUTE = '/outlet';
export const customer360Path = (customerId: string) => `${OUTLET_ROUTE}/customers/${encodeURIComponent(customerId)}`;

// navigation itself (History API + popstate, in step with the shell) is the kit's, shared by every remote
export { navigateTo, useLocationPath, linkClick } from '@crm/ui-kit';

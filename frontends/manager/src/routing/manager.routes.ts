// Routing inside the remote, on the plain History API like the shell and the other remotes. The shell
// listens to `popstate` only; the kit's navigateTo dispatches one after a pushState, so the shell's
// menu and this remote both follow.
//   ${basePath}              → 我的台账: the manager's ledger (their customers)
//   ${basePath}/tasks        → 我的任务: tasks today and overdue
//   ${basePath}/scorecard    → 我的业绩: the scorecard against targets
// The sections are the manifest's (gateway/src/portal-manifest.ts), in its order.

export type ManagerRoute = { name: 'ledger' } | { name: 'tasks' } | { name: 'scorecard' } | { name: 'notFound' };
export type ManagerSection = Exclude<ManagerRoute['name'], 'notFound'>;
export const SECTIONS: readonly ManagerSection[] = ['ledger', 'tasks', 'scorecard'];

const trim = (p: string) => p.replace(/\/+$/, '');

export function parseManagerPath(pathname: string, basePath: string): ManagerRoute {
  const base = trim(basePath);
  const path = trim(pathname);
  if (path === base) return { name: 'ledger' };
  // the shell only mounts the remote under its route; anything else (a test page, a stand-alone dev page) shows the ledger
  if (!path.startsWith(`${base}/`)) return { name: 'ledger' };
  const rest = path.slice(base.length + 1);
  if (rest === 'tasks' || rest === 'scorecard') return { name: rest };
  return { name: 'notFound' };
}

export function managerPath(basePath: string, route: ManagerRoute): string {
  const base = trim(basePath);
  if (route.name === 'ledger' || route.name === 'notFound') return base || '/';
  return `${base}/${route.name}`;
}

// navigation itself (History API + popstate, in step with the shell) is the kit's, shared by every remote
export { navigateTo, useLocationPath, linkClick } from '@crm/ui-kit';

// Routing inside the remote, on the plain History API like the shell and the outlet remote. The shell
// listens to `popstate` only; after a pushState we dispatch one ourselves, so the shell's pathname
// (side menu, route ownership) and this remote both follow, without sharing any module.
//   ${basePath}              → dashboard (tier pyramid, branch comparison, trends, recompute card)
//   ${basePath}/policy       → tier policy list + draft editor with preview / save / approve
//   ${basePath}/recompute    → batch recompute with progress
//   ${basePath}/explorer     → GraphQL explorer (GraphiQL, bundled) with saved queries

export type HeadOfficeRoute =
  { name: 'dashboard' } | { name: 'policy' } | { name: 'recompute' } | { name: 'explorer' } | { name: 'notFound' };

export type HeadOfficeSection = Exclude<HeadOfficeRoute['name'], 'notFound'>;
export const SECTIONS: readonly HeadOfficeSection[] = ['dashboard', 'policy', 'recompute', 'explorer'];

const trim = (p: string) => p.replace(/\/+$/, '');

export function parseHeadOfficePath(pathname: string, basePath: string): HeadOfficeRoute {
  const base = trim(basePath);
  const path = trim(pathname);
  if (path === base) return { name: 'dashboard' };
  // the shell only mounts the remote under its route; anything else (a test page, a stand-alone dev page) shows the dashboard
  if (!path.startsWith(`${base}/`)) return { name: 'dashboard' };
  const rest = path.slice(base.length + 1);
  if (rest === 'policy' || rest === 'recompute' || rest === 'explorer') return { name: rest };
  return { name: 'notFound' };
}

export function headOfficePath(basePath: string, route: HeadOfficeRoute): string {
  const base = trim(basePath);
  if (route.name === 'dashboard' || route.name === 'notFound') return base || '/';
  return `${base}/${route.name}`;
}

// navigation itself (History API + popstate, in step with the shell) is the kit's, shared by every remote
export { navigateTo, useLocationPath, linkClick } from '@crm/ui-kit';

// Routing inside the remote, on the plain History API like the shell (shell/src/routing/portal.history.ts).
// The shell listens to `popstate` only; after a pushState we dispatch one ourselves, so the shell's
// pathname (side menu, route ownership) and this remote both follow, without sharing any module.
//   ${basePath}                  → customer list
//   ${basePath}/customers/new    → new customer form
//   ${basePath}/customers/:id    → customer 360
//   ${basePath}/cases            → complaint queue

export type OutletRoute =
  { name: 'list' } | { name: 'newCustomer' } | { name: 'customer'; id: string } | { name: 'cases' } | { name: 'notFound' };

const trim = (p: string) => p.replace(/\/+$/, '');

export function parseOutletPath(pathname: string, basePath: string): OutletRoute {
  const base = trim(basePath);
  const path = trim(pathname);
  if (path === base) return { name: 'list' };
  // the shell only mounts the remote under its route; anything else (a test page, a stand-alone dev page) shows the list
  if (!path.startsWith(`${base}/`)) return { name: 'list' };
  const parts = path
    .slice(base.length + 1)
    .split('/')
    .map(decodeURIComponent);
  if (parts[0] === 'cases' && parts.length === 1) return { name: 'cases' };
  if (parts[0] === 'customers' && parts.length === 1) return { name: 'list' };
  if (parts[0] === 'customers' && parts.length === 2 && parts[1] === 'new') return { name: 'newCustomer' };
  if (parts[0] === 'customers' && parts.length === 2 && parts[1]) return { name: 'customer', id: parts[1] };
  return { name: 'notFound' };
}

export function outletPath(basePath: string, route: OutletRoute): string {
  const base = trim(basePath);
  switch (route.name) {
    case 'newCustomer':
      return `${base}/customers/new`;
    case 'customer':
      return `${base}/customers/${encodeURIComponent(route.id)}`;
    case 'cases':
      return `${base}/cases`;
    default:
      return base || '/';
  }
}

// navigation itself (History API + popstate, in step with the shell) is the kit's, shared by every remote
export { navigateTo, useLocationPath, linkClick } from '@crm/ui-kit';

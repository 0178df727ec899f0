// Navigation is the UI kit's (navigateTo / useLocationPath: the History API plus a popstate event that
// the shell and every remote listen to); what is the shell's own is which remote owns a path.
import { landingFor, type RemoteManifestEntry, type StaffClaims } from '@crm/shared-types';

/** Which manifest route owns the path: "/outlet/customers/1" belongs to "/outlet". */
export function routeOwns(route: string, path: string) {
  const r = route.replace(/\/+$/, '');
  return path === r || path.startsWith(`${r}/`);
}

/**
 * The remote of the page being opened: the one owning the path, or the one the user lands in.
 * public/manifest-prefetch.js says the same in plain JS to preload it (test/manifest-prefetch.test.ts).
 */
export function remoteBeingOpened(entries: RemoteManifestEntry[], user: StaffClaims, path: string) {
  const landing = landingFor(entries, user);
  return entries.find((e) => routeOwns(e.route, path)) ?? entries.find((e) => landing !== undefined && routeOwns(e.route, landing));
}

import type { DepartmentCode, OrgLevel } from './org';
import type { StaffClaims } from './claims';

/** One micro-frontend the shell can load at run time. */
export interface RemoteManifestEntry {
  /** module-federation name of the remote, e.g. "outlet" */
  name: string;
  /** menu title per language */
  title: { 'zh-CN': string; en: string };
  /** URL of the remote's remoteEntry.js (or mf-manifest.json) */
  entry: string;
  /** the exposed module that default-exports the page, e.g. "./OutletApp" */
  exposed: string;
  /** shell route the page lives under, e.g. "/outlet" */
  route: string;
  /** which users get it: '*' or a list */
  levels: ReadonlyArray<OrgLevel | '*'>;
  departments: ReadonlyArray<DepartmentCode | '*'>;
  /** shared singletons worth fetching early for this remote */
  preloadShared?: string[];
}

export interface RemoteManifest { remotes: RemoteManifestEntry[] }

/** Props the shell passes to every remote page. */
export interface RemotePageProps {
  user: StaffClaims;
  /** the shell route the page is mounted under */
  basePath: string;
}

export function remotesForUser(manifest: RemoteManifest, user: Pick<StaffClaims, 'level' | 'department'>): RemoteManifestEntry[] {
  const allows = (list: ReadonlyArray<string>, v: string) => list.includes('*') || list.includes(v);
  return manifest.remotes.filter((r) => allows(r.levels, user.level) && allows(r.departments, user.department));
}

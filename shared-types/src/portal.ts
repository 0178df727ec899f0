import type { OrgLevel } from './org';
import type { StaffClaims } from './claims';
import { can, type Permission } from './permissions';

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
  /** levels the page is laid out for: '*' or a list */
  levels: ReadonlyArray<OrgLevel | '*'>;
  /**
   * the permissions the page needs (all of them), from the one permission table: the menu is
   * derived from the same rules the subgraphs enforce, so menu and API cannot disagree
   */
  requires: readonly Permission[];
  /** shared singletons worth fetching early for this remote */
  preloadShared?: string[];
}

export interface RemoteManifest {
  remotes: RemoteManifestEntry[];
}

/** Props the shell passes to every remote page. */
export interface RemotePageProps {
  user: StaffClaims;
  /** the shell route the page is mounted under */
  basePath: string;
}

export function remotesForUser(manifest: RemoteManifest, user: Pick<StaffClaims, 'level' | 'department' | 'roles'>): RemoteManifestEntry[] {
  return manifest.remotes.filter((r) => (r.levels.includes('*') || r.levels.includes(user.level)) && can(user, ...r.requires));
}

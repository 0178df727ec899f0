import type { OrgLevel } from './org';
import type { StaffClaims } from './claims';
import { can, type Permission } from './permissions';

/**
 * One page of a remote the shell's menu lists: the portal has one level of navigation (the shell's
 * menu, every section of every remote the user has), so a remote shows no tabs of its own under it.
 */
export interface RemoteSection {
  /** stable key, also the menu item's test id (`nav-<key>`) */
  key: string;
  /** below the remote's route: '' for the route itself, '/cases' for `${route}/cases` */
  path: string;
  /** menu title and the page's heading (h1), per language */
  title: { 'zh-CN': string; en: string };
  /** what the section needs beyond the remote's own `requires` */
  requires?: readonly Permission[];
}

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
  /** the remote's pages, in menu order (none: one menu item, the remote's title) */
  sections?: readonly RemoteSection[];
  /**
   * the levels that land here after sign-in (its first section): where their work is, e.g. a
   * branch head on the cockpit. '*' is the fallback for a level no remote names.
   */
  home?: ReadonlyArray<OrgLevel | '*'>;
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
  /** the shell lists the remote's sections in its menu (and titles the page): the remote shows no tabs */
  shellNavigation?: boolean;
}

/** The remotes (and, within each, the sections) the user may open. */
export function remotesForUser(manifest: RemoteManifest, user: Pick<StaffClaims, 'level' | 'department' | 'roles'>): RemoteManifestEntry[] {
  return manifest.remotes
    .filter((r) => (r.levels.includes('*') || r.levels.includes(user.level)) && can(user, ...r.requires))
    .map((r) => (r.sections ? { ...r, sections: r.sections.filter((s) => !s.requires?.length || can(user, ...s.requires)) } : r));
}

/** A section's full path: the remote's route plus the section's path. */
export function sectionPath(entry: Pick<RemoteManifestEntry, 'route'>, section: Pick<RemoteSection, 'path'>): string {
  return `${entry.route.replace(/\/+$/, '')}${section.path}` || '/';
}

/**
 * Where the user lands after sign-in, among the remotes they have: the first whose `home` names
 * their level, else the first with `home: ['*']`, else the first remote; undefined when they have none.
 */
export function landingFor(entries: readonly RemoteManifestEntry[], user: Pick<StaffClaims, 'level'>): string | undefined {
  const home = entries.find((e) => e.home?.includes(user.level)) ?? entries.find((e) => e.home?.includes('*')) ?? entries[0];
  if (!home) return undefined;
  const first = home.sections?.[0];
  return first ? sectionPath(home, first) : home.route;
}

import { lazy, type ComponentType } from 'react';
// The same runtime instance the federation plugin's hostInit created: @module-federation/enhanced
// 2.9.2's /runtime re-exports @module-federation/runtime 2.9.2, the version @module-federation/vite
// 1.23.8 pins, and pnpm links both to one copy (checked in the built output — see README).
import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import { remotesForUser, type RemoteManifestEntry, type RemotePageProps, type StaffClaims } from '@crm/shared-types';
import { remoteBeingOpened } from '../routing/portal.history';
import { remoteManifest } from './manifest.prefetch';

export type RemotePage = ComponentType<RemotePageProps>;
type RemotePageModule = { default: RemotePage };

export { remoteManifest } from './manifest.prefetch';

/**
 * Called by main.tsx on a signed-in page load, before the kit has loaded: as soon as the manifest
 * answers, register the user's remotes and start loading the one being opened, so its entry and
 * chunks download alongside the kit (they wait for the shell's kit through the shared scope).
 */
export function openRemoteEarly(token: string, user: StaffClaims) {
  remoteManifest(token)
    .then((m) => {
      const entries = remotesForUser(m, user);
      registerPortalRemotes(entries);
      const opening = remoteBeingOpened(entries, user, window.location.pathname);
      if (opening) warmRemote(opening);
    })
    .catch(() => undefined); // the portal asks again and shows the failure
}

/** "outlet" + "./OutletApp" → "outlet/OutletApp", the id loadRemote() expects. */
export const exposedId = (e: RemoteManifestEntry) => `${e.name}/${e.exposed.replace(/^\.\//, '')}`;

function runtimeRemote(e: RemoteManifestEntry, attempt: number) {
  // mf-manifest.json carries its own type; a Vite remoteEntry.js is an ES module.
  const entry = attempt > 0 ? `${e.entry}${e.entry.includes('?') ? '&' : '?'}retry=${attempt}` : e.entry;
  return e.entry.endsWith('.json') ? { name: e.name, entry } : { name: e.name, entry, type: 'module' as const, entryGlobalName: e.name };
}

/**
 * Register the user's remotes with the running federation instance. force:true replaces an earlier
 * registration (another user on the same tab, or a retry after a failed load). A retry also changes
 * the entry URL, because the browser caches a failed module import for the page's lifetime.
 */
const registered = new Map<string, string>(); // remote name → the entry URL it was registered with

export function registerPortalRemotes(entries: RemoteManifestEntry[], attempt = 0) {
  // the same remotes again (the early start, then the portal) are left as they are: re-registering
  // with force would drop a remote that is already loading
  const changed = entries.map((e) => runtimeRemote(e, attempt)).filter((r) => registered.get(r.name) !== r.entry);
  if (changed.length === 0) return;
  registerRemotes(changed, { force: true });
  for (const r of changed) registered.set(r.name, r.entry);
}

// Started as soon as the manifest names it, in parallel with the shell's first render, instead of
// when the route's <Suspense> mounts: the remote entry, its chunk and its shared deps are a request
// chain. Only the remote the user is opening: the others would compete with it for the 2 cores and
// the network, and load when first opened.
const warming = new Map<string, Promise<RemotePageModule | null>>();

export function warmRemote(entry: RemoteManifestEntry) {
  if (warming.has(entry.name)) return;
  const p = loadRemote<RemotePageModule>(exposedId(entry));
  p.catch(() => undefined); // reported by the page's error boundary when it is opened
  warming.set(entry.name, p);
}

/**
 * A lazy page for one remote. `attempt` > 0 skips the warm promise and makes a NEW React.lazy:
 * both React.lazy and the federation runtime cache a failure, so a retry must renew both.
 */
export function lazyRemotePage(e: RemoteManifestEntry, attempt = 0) {
  return lazy(async () => {
    const warm = attempt === 0 ? warming.get(e.name) : undefined;
    const mod = await (warm ?? loadRemote<RemotePageModule>(exposedId(e)));
    if (!mod?.default) throw new Error(`Remote ${exposedId(e)} has no default-exported page`);
    return mod;
  });
}

/** Retry path: re-register this remote with force and hand back a fresh lazy page. */
export function reloadRemotePage(e: RemoteManifestEntry, attempt: number) {
  warming.delete(e.name);
  registerPortalRemotes([e], attempt);
  return lazyRemotePage(e, attempt);
}

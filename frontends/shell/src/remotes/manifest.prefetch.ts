import type { RemoteManifest } from '@crm/shared-types';
import { getWithToken, jsonOrRefusal } from '../session/auth.api';

declare global {
  interface Window {
    /** set by public/manifest-prefetch.js, which asks for the manifest before the shell's bundle has loaded */
    __crmManifestPrefetch?: { token: string; answer: Promise<{ status: number; statusText: string; body: string }> };
  }
}

let asked: { token: string; manifest: Promise<RemoteManifest> } | null = null;

/**
 * The manifest for this token, asked for once per page (the request made at page load when there is
 * one): main.tsx starts the remote with it before the kit has loaded, and the portal lists it.
 * `again` (a retry) asks anew.
 */
export function remoteManifest(token: string, again = false): Promise<RemoteManifest> {
  if (asked?.token === token && !again) return asked.manifest;
  const early = window.__crmManifestPrefetch;
  delete window.__crmManifestPrefetch;
  const manifest =
    early?.token === token && !again
      ? jsonOrRefusal<RemoteManifest>(early.answer.then((a) => new Response(a.body, { status: a.status, statusText: a.statusText })))
      : getWithToken<RemoteManifest>('/portal/manifest', token);
  asked = { token, manifest };
  manifest.catch(() => undefined); // the portal shows the failure
  return manifest;
}

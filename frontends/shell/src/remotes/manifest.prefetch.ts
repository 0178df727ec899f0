import type { RemoteManifest } from '@crm/shared-types';
import { getWithToken, jsonOrRefusal } from '../session/auth.api';

declare global {
  interface Window {
    /** set by public/manifest-prefetch.js, which asks for the manifest before the shell's bundle has loaded */
    __crmManifestPrefetch?: { token: string; response: Promise<Response> };
  }
}

/** The manifest for this token: the one asked for at page load, once; afterwards a new request. */
export function remoteManifest(token: string): Promise<RemoteManifest> {
  const early = window.__crmManifestPrefetch;
  delete window.__crmManifestPrefetch;
  return early?.token === token ? jsonOrRefusal<RemoteManifest>(early.response) : getWithToken<RemoteManifest>('/portal/manifest', token);
}

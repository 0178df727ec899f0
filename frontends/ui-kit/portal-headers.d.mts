export interface PortalHeaderOptions {
  /** the remotes' public URLs or origins */
  remotes?: readonly string[];
  /** the gateway's origin, when the browser calls it directly */
  gateway?: string;
  /** vite dev server only */
  dev?: boolean;
}
export function portalRemoteOrigins(env?: Record<string, string | undefined>, defaults?: readonly string[]): string[];
export function contentSecurityPolicy(opts?: PortalHeaderOptions): string;
export function portalSecurityHeaders(opts?: PortalHeaderOptions): Record<string, string>;
export function remoteSecurityHeaders(): Record<string, string>;
export function immutableAssets(): import('vite').Plugin;

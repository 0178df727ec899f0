/**
 * The portal's security headers, in one place for every server of it: `vite preview` of the shell
 * (frontends/shell/vite.config.ts), of each remote (vite-remote.mjs), and nginx
 * (infra/docker/nginx.conf carries the same values for the default deployment).
 *
 * The CSP allows only what the portal loads:
 * - scripts: its own origin and the configured remotes' origins (module federation imports each
 *   remote's remoteEntry.js and chunks from there); no inline script, no eval;
 * - connections: its own origin (the shell proxies /graphql, /auth, /portal to the gateway), the
 *   gateway's origin when it is called directly, and the remotes (mf-manifest.json, chunks);
 * - styles: its own origin, the remotes' CSS, and 'unsafe-inline' — antd (cssinjs) writes its
 *   styles into <style> tags at run time; no scripts can be injected through it;
 * - workers: its own origin and blob: (the explorer's Monaco starts its workers from same-origin blobs);
 * - images and fonts: its own origin and data: URIs (antd's and ECharts' inline images);
 * - no framing by anyone (frame-ancestors 'none', X-Frame-Options DENY), no plugins, no <base>
 *   hijack, forms post only to itself.
 */
/**
 * @typedef {object} PortalHeaderOptions
 * @property {readonly string[]} [remotes] the remotes' public URLs or origins (e.g. http://127.0.0.1:5001/ or https://cdn.bank.example/remotes/outlet/)
 * @property {string} [gateway] the gateway's origin, when the browser calls it directly rather than through the portal's origin
 * @property {boolean} [dev] vite dev server only: HMR over WebSocket and React refresh's inline preamble
 */

/** @param {string} url */
const originOf = (url) => new URL(url).origin;

/** The remotes' origins from the environment the gateway's manifest uses (PORTAL_REMOTE_*_ENTRY) and the remotes' builds (*_PUBLIC_URL). */
/** @param {Record<string, string | undefined>} [env] @param {readonly string[]} [defaults] @returns {string[]} */
export function portalRemoteOrigins(
  env = process.env,
  defaults = ['http://127.0.0.1:5001', 'http://127.0.0.1:5002', 'http://127.0.0.1:5003', 'http://127.0.0.1:5004', 'http://127.0.0.1:5005'],
) {
  const configured = Object.entries(env)
    .filter(([k, v]) => v && (/^PORTAL_REMOTE_\w+_ENTRY$/.test(k) || /^(OUTLET|HEAD_OFFICE|BRANCH|MANAGER|TRAINING)_PUBLIC_URL$/.test(k)))
    .map(([, v]) => /** @type {string} */ (v));
  return [...new Set((configured.length ? configured : defaults).map(originOf))];
}

/** @param {PortalHeaderOptions} [opts] @returns {string} */
export function contentSecurityPolicy(opts = {}) {
  const remotes = [...new Set((opts.remotes ?? []).map(originOf))];
  const gateway = opts.gateway ? [originOf(opts.gateway)] : [];
  const dev = opts.dev
    ? { script: ["'unsafe-inline'"], connect: ['ws:', 'wss:'] }
    : { script: /** @type {string[]} */ ([]), connect: /** @type {string[]} */ ([]) };
  /** @type {Record<string, string[]>} */
  const directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...remotes, ...dev.script],
    'style-src': ["'self'", "'unsafe-inline'", ...remotes],
    'connect-src': ["'self'", ...gateway, ...remotes, ...dev.connect],
    'worker-src': ["'self'", 'blob:'],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:', ...remotes],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${[...new Set(v)].join(' ')}`)
    .join('; ');
}

/** The headers of every portal page (the shell's index.html and its assets). */
/** @param {PortalHeaderOptions} [opts] @returns {Record<string, string>} */
export function portalSecurityHeaders(opts = {}) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(opts),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/** The headers of a remote's own server: its files are scripts and styles, never a page to frame or sniff. */
/** @returns {Record<string, string>} */
export function remoteSecurityHeaders() {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': "frame-ancestors 'none'",
  };
}

/**
 * `vite preview` (what `npm start` serves) marks the hashed files under /assets/ immutable, as nginx
 * does in production: a file's name changes with its content, so a browser never asks for it twice.
 * remoteEntry.js, mf-manifest.json and index.html keep their names and stay revalidated.
 * @returns {import('vite').Plugin}
 */
export function immutableAssets() {
  return {
    name: 'crm-immutable-assets',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (/^\/assets\/[^?]+-[\w-]{8}\.\w+(\?|$)/.test(req.url ?? '')) {
          const setHeader = res.setHeader.bind(res);
          setHeader('Cache-Control', 'public, max-age=31536000, immutable');
          // the static server sets its own Cache-Control afterwards; this one stands
          res.setHeader = (name, value) => (String(name).toLowerCase() === 'cache-control' ? res : setHeader(name, value));
        }
        next();
      });
    },
  };
}

/** The portal's own origins (vite preview / `npm start`): the default allow-list. */
export const DEFAULT_CORS_ORIGINS = ['http://127.0.0.1:5000', 'http://localhost:5000'] as const;

/** `CORS_ORIGINS` (comma-separated exact origins, e.g. `https://crm.bank.example`) or the default. */
export function corsOriginsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  const list = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  return list.length ? list : [...DEFAULT_CORS_ORIGINS];
}

/**
 * CORS headers for a request from `origin`: an exact match of the allow-list gets them (with
 * credentials); any other origin gets none, so the browser refuses to hand it the answer.
 * Compared as strings by a function — yoga ignores RegExp entries in `cors.origin` (STACK.md).
 */
export function corsHeaders(origin: string | undefined, allowed: ReadonlySet<string>): Record<string, string> {
  const base = { vary: 'Origin' };
  if (!origin || !allowed.has(origin)) return base;
  return {
    ...base,
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': 'Retry-After',
  };
}

/** Added to the answer of an allowed preflight (OPTIONS). */
export const PREFLIGHT_HEADERS = {
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, accept, x-graphql-client-name, x-graphql-client-version',
  'access-control-max-age': '600',
};

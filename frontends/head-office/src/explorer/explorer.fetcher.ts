// The explorer's fetcher: POSTs to the shell origin's /graphql (the page's origin: the shell proxies it
// to the gateway) with the signed-in user's bearer token, so analysts query with their own scope.

/** Where the shell keeps the session (shell/src/session/session.store.ts): sessionStorage, JSON { token, expiresAt, user }. */
export const SHELL_SESSION_KEY = 'bank-crm.session';

export function sessionToken(storage: Pick<Storage, 'getItem'> = sessionStorage): string | null {
  try {
    const raw = storage.getItem(SHELL_SESSION_KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as { token?: unknown; expiresAt?: unknown };
    if (typeof s.expiresAt === 'string' && Date.parse(s.expiresAt) <= Date.now()) return null;
    return typeof s.token === 'string' ? s.token : null;
  } catch {
    return null;
  }
}

export interface ExplorerParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}
export interface ExplorerRun {
  operationName: string | null;
  ms: number;
  bytes: number;
  body: unknown;
  status: number;
}

export function createExplorerFetcher(
  options: {
    url?: string;
    fetchImpl?: typeof fetch;
    token?: () => string | null;
    /** every executed operation (not the schema introspection) */
    onResult?: (run: ExplorerRun) => void;
  } = {},
) {
  const url = options.url ?? '/graphql';
  const token = options.token ?? (() => sessionToken());
  return async (params: ExplorerParams, opts?: { headers?: Record<string, unknown> }) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    };
    for (const [k, v] of Object.entries(opts?.headers ?? {})) if (v != null) headers[k.toLowerCase()] = String(v);
    const bearer = token();
    if (bearer) headers.authorization = `Bearer ${bearer}`; // the user's own scope, always
    const started = performance.now();
    const res = await (options.fetchImpl ?? fetch)(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        query: params.query,
        operationName: params.operationName ?? undefined,
        variables: params.variables ?? undefined,
      }),
    });
    const text = await res.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: `HTTP ${res.status}: ${text.slice(0, 200)}` }] };
    }
    if (params.operationName !== 'IntrospectionQuery') {
      options.onResult?.({
        operationName: params.operationName ?? null,
        ms: Math.round(performance.now() - started),
        bytes: text.length,
        body,
        status: res.status,
      });
    }
    return body as Record<string, unknown>;
  };
}

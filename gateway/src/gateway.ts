import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { bearerToken, closeHttpServer, InvalidTokenError, log, type TokenVerifier } from '@crm/kit';
import type { ErrorBody, RemoteManifest, StaffClaims } from '@crm/shared-types';
import { manifestFor, portalRemotes } from './portal-manifest';

export interface GatewayOptions {
  supergraph: string;
  verifyToken: TokenVerifier;
  /** where POST /auth/login is forwarded: the token issuer (org-hierarchy locally) */
  loginUrl: string;
  /** 'rust' (default): the Hive Router query planner; 'js': the JS planner, the fallback */
  planner?: 'rust' | 'js';
  /** merge identical concurrent subgraph calls (safe: the user's token is part of the key) */
  outboundDedupe?: boolean;
  remotes?: RemoteManifest;
  port?: number;
  host?: string;
}

/** Limits that stop abusive queries before they are planned. */
export const QUERY_LIMITS = { maxDepth: 10, maxTokens: 2000, maxAliases: 15 };
/** Largest GraphQL request body: a CSV import of 50,000 rows fits; anything bigger is refused unread. */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
};
const fail = (res: ServerResponse, status: number, code: string, message: string) => json(res, status, { error: { code, message } } satisfies ErrorBody);
const graphqlUnauthenticated = (res: ServerResponse, message: string) => json(res, 401, { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The BFF: verifies the caller's token, forwards it to every subgraph (each re-verifies it and
 * cuts its own data scope), plans queries over the supergraph, serves login and the portal manifest.
 */
export async function startGateway(opts: GatewayOptions) {
  const armor: GatewayPlugin[] = [
    maxDepthPlugin({ n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true }) as GatewayPlugin,
    maxTokensPlugin({ n: QUERY_LIMITS.maxTokens }) as GatewayPlugin,
    maxAliasesPlugin({ n: QUERY_LIMITS.maxAliases }) as GatewayPlugin,
  ];
  const unifiedGraphHandler = (opts.planner ?? 'rust') === 'rust' ? (await import('@graphql-hive/router-runtime')).unifiedGraphHandler : undefined;
  const runtime = createGatewayRuntime({
    supergraph: opts.supergraph,
    logging: (process.env.LOG_LEVEL === 'debug' ? 'debug' : 'error') as never,
    landingPage: false,
    graphiql: false,
    ...(unifiedGraphHandler ? { unifiedGraphHandler } : {}),
    // the user's token travels to every subgraph, and is therefore part of the dedup key:
    // two users' identical concurrent queries are never merged into one answer
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? '' }),
    },
    transportEntries: { '*.http': { options: { deduplicateInflightRequests: opts.outboundDedupe ?? true } as never } },
    plugins: () => armor,
  });

  const remotes = opts.remotes ?? portalRemotes();

  const authenticate = async (req: IncomingMessage): Promise<StaffClaims | string> => {
    const token = bearerToken(req.headers.authorization);
    if (!token) return 'Missing bearer token: log in first';
    try {
      return await opts.verifyToken(token);
    } catch (e) {
      return e instanceof InvalidTokenError ? e.message : 'Invalid token';
    }
  };

  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    try {
      if (path === '/healthz') return json(res, 200, { status: 'ok', planner: opts.planner ?? 'rust' });
      if (path === '/auth/login') {
        if (req.method !== 'POST') return fail(res, 405, 'METHOD_NOT_ALLOWED', 'Use POST');
        const body = await readBody(req, 8 * 1024).catch(() => null);
        if (!body) return fail(res, 413, 'BAD_REQUEST', 'Request too large');
        const upstream = await fetch(opts.loginUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: new Uint8Array(body), signal: AbortSignal.timeout(10_000) });
        res.writeHead(upstream.status, { 'content-type': 'application/json; charset=utf-8' }).end(Buffer.from(await upstream.arrayBuffer()));
        return;
      }
      if (path === '/portal/manifest') {
        const user = await authenticate(req);
        if (typeof user === 'string') return fail(res, 401, 'UNAUTHENTICATED', user);
        res.setHeader('cache-control', 'no-store');
        return json(res, 200, manifestFor(user, remotes));
      }
      if (path === '/graphql') {
        const user = await authenticate(req);
        if (typeof user === 'string') return graphqlUnauthenticated(res, user);
        if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES || req.headers['transfer-encoding']?.includes('chunked')) {
          return json(res, 413, { errors: [{ message: `Request too large (at most ${MAX_BODY_BYTES / 1024 / 1024} MB, with a Content-Length)`, extensions: { code: 'BAD_REQUEST' } }] });
        }
        return runtime(req, res);
      }
      fail(res, 404, 'NOT_FOUND', `No route ${path}`);
    } catch (err) {
      log.error({ err, path }, 'gateway request failed');
      if (!res.headersSent) fail(res, 502, 'UPSTREAM_UNAVAILABLE', 'A backing service is unavailable; try again shortly');
    }
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${opts.host ?? '127.0.0.1'}:${port}`;
  log.info({ url: `${origin}/graphql`, planner: opts.planner ?? 'rust' }, 'gateway listening');
  return {
    url: `${origin}/graphql`,
    origin,
    port,
    close: async () => {
      await closeHttpServer(server);
      await runtime.dispose();
    },
  };
}

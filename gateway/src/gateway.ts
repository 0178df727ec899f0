import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { BlockList, isIPv6, type AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { bearerToken, closeHttpServer, InvalidTokenError, log, type TokenVerifier } from '@crm/kit/edge';
import { can, type ErrorBody, type RemoteManifest, type StaffClaims } from '@crm/shared-types';
import { manifestFor, portalRemotes } from './portal-manifest';
import { COST_LIMITS, CostEstimator, costLimitPlugin, type CostLimitOptions } from './cost';
import { createLimits, RATE_LIMITS, type RateLimitOptions } from './limits';
import { heavyOperationsPlugin, noSubscriptionsPlugin, noSuggestionsPlugin } from './guards';
import { corsHeaders, corsOriginsFromEnv, PREFLIGHT_HEADERS } from './cors';
import { persistedDocumentsOption } from './persisted-operations';

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
  /** per-user request limits; defaults RATE_LIMITS (limits.ts) */
  rateLimits?: Partial<RateLimitOptions>;
  /** shares the rate limits between replicas; per process without it */
  redisUrl?: string;
  /** the operation cost limit; defaults COST_LIMITS (cost.ts) */
  costLimits?: Partial<CostLimitOptions>;
  /** origins allowed to call with credentials (CORS); default CORS_ORIGINS or the local portal */
  corsOrigins?: readonly string[];
  /** introspection for everyone (NODE_ENV=development); otherwise only for GRAPH_EXPLORE */
  introspectionForAll?: boolean;
}

/** Limits that stop abusive queries before they are planned (the cost limit is in cost.ts). */
export const QUERY_LIMITS = { maxDepth: 10, maxTokens: 2000, maxAliases: 15, maxDirectives: 20 };

/** The GraphQL context the gateway adds to the runtime's: the caller's verified claims. */
export interface CallerContext {
  user?: StaffClaims;
}
/** Largest GraphQL request body: a CSV import of 50,000 rows fits; anything bigger is refused unread. */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
};
const fail = (res: ServerResponse, status: number, code: string, message: string) =>
  json(res, status, { error: { code, message } } satisfies ErrorBody);
const graphqlUnauthenticated = (res: ServerResponse, message: string) =>
  json(res, 401, { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });

/** Nobody: the caller when there is none (never passes a permission check). */
const NO_ONE = { roles: [], department: 'NONE', level: 'OUTLET' } as unknown as StaffClaims;

/**
 * The proxies whose `X-Forwarded-For` the gateway believes: loopback (vite preview, a sidecar) and
 * `TRUSTED_PROXIES` (comma-separated addresses or CIDRs, e.g. the ingress controllers' pod network
 * `10.0.0.0/8`). The token issuer applies the same rule to the gateway.
 */
export function trustedProxies(env: NodeJS.ProcessEnv = process.env): BlockList {
  const list = new BlockList();
  list.addSubnet('127.0.0.0', 8, 'ipv4');
  list.addAddress('::1', 'ipv6');
  for (const entry of (env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address, bits] = entry.split('/');
    const type = isIPv6(address) ? 'ipv6' : 'ipv4';
    if (bits) list.addSubnet(address, Number(bits), type);
    else list.addAddress(address, type);
  }
  return list;
}
const TRUSTED = trustedProxies();

/**
 * `X-Forwarded-For` for the login upstream: the address of the peer that connected to the gateway.
 * When that peer is a trusted proxy and says whom it forwards for, its header is kept and the peer
 * appended. From anyone else an incoming header is ignored: it could be forged.
 */
export function forwardedFor(req: IncomingMessage, trusted: BlockList = TRUSTED): string {
  const peer = (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '');
  const incoming = req.headers['x-forwarded-for'];
  const isTrusted = peer !== 'unknown' && trusted.check(peer, isIPv6(peer) ? 'ipv6' : 'ipv4');
  return isTrusted && typeof incoming === 'string' && incoming.trim() ? `${incoming.trim()}, ${peer}` : peer;
}

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
  const limits = createLimits({ ...RATE_LIMITS, ...opts.rateLimits, redisUrl: opts.redisUrl });
  const estimator = new CostEstimator(opts.supergraph, { ...COST_LIMITS, ...opts.costLimits });
  const armor: GatewayPlugin[] = [
    noSubscriptionsPlugin(),
    maxDepthPlugin({ n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true }) as GatewayPlugin,
    maxTokensPlugin({ n: QUERY_LIMITS.maxTokens }) as GatewayPlugin,
    maxAliasesPlugin({ n: QUERY_LIMITS.maxAliases }) as GatewayPlugin,
    maxDirectivesPlugin({ n: QUERY_LIMITS.maxDirectives }) as GatewayPlugin,
    blockFieldSuggestionsPlugin({ mask: '' }) as GatewayPlugin,
    noSuggestionsPlugin(),
    costLimitPlugin(estimator, limits),
    heavyOperationsPlugin(limits),
  ];
  const introspectionForAll = opts.introspectionForAll ?? process.env.NODE_ENV === 'development';
  const corsOrigins = new Set(opts.corsOrigins ?? corsOriginsFromEnv());
  const unifiedGraphHandler =
    (opts.planner ?? 'rust') === 'rust' ? (await import('@graphql-hive/router-runtime')).unifiedGraphHandler : undefined;
  const persistedDocuments = persistedDocumentsOption();
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
    // CORS is answered by the server below for every route, from an allow-list
    cors: false,
    // the schema is for the explorer (GRAPH_EXPLORE) and for development
    disableIntrospection: {
      disableIf: ({ context }) => !introspectionForAll && !can((context as CallerContext).user ?? NO_ONE, 'GRAPH_EXPLORE'),
    },
    plugins: () => armor,
    // PERSISTED_OPERATIONS=only: the portal's operations by hash, nothing else (persisted-operations.ts)
    ...(persistedDocuments ? { persistedDocuments } : {}),
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
      // CORS: only allow-listed origins get CORS headers (and so may call with credentials)
      const cors = corsHeaders(req.headers.origin, corsOrigins);
      for (const [k, v] of Object.entries(cors)) res.setHeader(k, v);
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors['access-control-allow-origin'] ? PREFLIGHT_HEADERS : {}).end();
        return;
      }
      if (path === '/healthz') return json(res, 200, { status: 'ok', planner: opts.planner ?? 'rust' });
      if (path === '/auth/login') {
        if (req.method !== 'POST') return fail(res, 405, 'METHOD_NOT_ALLOWED', 'Use POST');
        const body = await readBody(req, 8 * 1024).catch(() => null);
        if (!body) return fail(res, 413, 'BAD_REQUEST', 'Request too large');
        // the client's address, so the issuer can throttle guesses per address as well as per username
        const upstream = await fetch(opts.loginUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor(req) },
          body: new Uint8Array(body),
          signal: AbortSignal.timeout(10_000),
        });
        const retryAfter = upstream.headers.get('retry-after'); // a throttled login says when to try again
        res
          .writeHead(upstream.status, {
            'content-type': 'application/json; charset=utf-8',
            ...(retryAfter ? { 'retry-after': retryAfter } : {}),
          })
          .end(Buffer.from(await upstream.arrayBuffer()));
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
          return json(res, 413, {
            errors: [
              {
                message: `Request too large (at most ${MAX_BODY_BYTES / 1024 / 1024} MB, with a Content-Length)`,
                extensions: { code: 'BAD_REQUEST' },
              },
            ],
          });
        }
        const allowed = await limits.consume(user.sub);
        if (!allowed.ok) {
          res.setHeader('retry-after', String(allowed.retryAfterSeconds));
          return json(res, 429, {
            errors: [
              {
                message: `Too many requests (at most ${allowed.reason} per user); try again in ${allowed.retryAfterSeconds} s`,
                extensions: { code: 'RATE_LIMITED', retryAfterSeconds: allowed.retryAfterSeconds },
              },
            ],
          });
        }
        return runtime(req, res, { user } satisfies CallerContext);
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
      await limits.close();
    },
  };
}

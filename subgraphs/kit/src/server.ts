import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express, type Request, type Response, type NextFunction } from 'express';
import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { StaffClaims } from '@crm/shared-types';
import { bearerToken, InvalidTokenError, type TokenVerifier } from './auth/token';
import { createRequestContext, type RequestContext } from './context';
import { formatClientError } from './errors';
import { log } from './log';
import { closeHttpServer } from './lifecycle';
import { graphqlRequests, metricsAllowed, registry } from './metrics';
import { refuseNulBytes, schemaDetailsVisible, SUBGRAPH_LIMITS, subgraphValidationRules } from './request-guards';

export interface SubgraphServerOptions {
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  verifyToken: TokenVerifier;
  port?: number;
  host?: string;
  /** routes outside GraphQL (org-hierarchy's login and JWKS) */
  routes?: (app: Express) => void;
  /** max JSON body (default 256kb) */
  bodyLimit?: string;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Apollo Server's settings of every subgraph: no stack traces, client-safe errors, the subgraph's
 * own query limits, NUL bytes refused, schema details (introspection, suggestions) hidden outside development.
 */
export function subgraphApolloOptions(schema: GraphQLSchema, name: string): ApolloServerOptions<RequestContext> {
  return {
    schema,
    includeStacktraceInErrorResponses: false,
    // shutdown is ours (closeOnSignals): Apollo's own signal handlers raced it and hung stop()
    stopOnTerminationSignals: false,
    formatError: formatClientError((error, formatted) => log.error({ err: error, path: formatted.path, subgraph: name }, 'internal error')),
    plugins: [ApolloServerPluginInlineTraceDisabled(), refuseNulBytes],
    validationRules: subgraphValidationRules(),
    parseOptions: { maxTokens: SUBGRAPH_LIMITS.maxTokens },
    introspection: schemaDetailsVisible(),
    hideSchemaDetailsFromClientErrors: !schemaDetailsVisible(),
  };
}

/** Default max request body: queries are small; a subgraph taking bulk input (CSV import) raises its own. */
export const DEFAULT_BODY_LIMIT = '256kb';

/**
 * Serves a subgraph: /graphql (bearer token required — 401 without a valid one), /healthz, /metrics.
 */
export async function startSubgraphServer(opts: SubgraphServerOptions): Promise<RunningSubgraph> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer: Server = createServer(app);

  app.get('/healthz', async (_req, res) => {
    try {
      await opts.orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok', subgraph: opts.name });
    } catch {
      res.status(503).json({ status: 'unavailable', subgraph: opts.name });
    }
  });
  app.get('/metrics', async (req, res) => {
    if (!metricsAllowed(req.socket.remoteAddress, req.headers.authorization)) {
      res.status(404).json({ errors: [{ message: `No route ${req.path}`, extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    res.type(registry.contentType).send(await registry.metrics());
  });
  opts.routes?.(app);

  const apollo = new ApolloServer<RequestContext>(subgraphApolloOptions(opts.schema, opts.name));
  await apollo.start();

  const authenticate = async (req: Request, res: Response, next: NextFunction) => {
    const token = bearerToken(req.headers.authorization);
    if (!token) return unauthenticated(res, 'Missing bearer token');
    try {
      res.locals.user = await opts.verifyToken(token);
      next();
    } catch (e) {
      unauthenticated(res, e instanceof InvalidTokenError ? e.message : 'Invalid token');
    }
  };
  const timing = (req: Request, res: Response, next: NextFunction) => {
    const end = graphqlRequests.startTimer({ subgraph: opts.name });
    res.on('finish', () => end({ outcome: res.statusCode < 400 ? 'ok' : 'error' }));
    next();
  };

  app.use(
    '/graphql',
    timing,
    authenticate,
    express.json({ limit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ res }) => createRequestContext(opts.orm.em, res.locals.user as StaffClaims),
    }),
  );
  // malformed JSON and oversize bodies: a client error, never a stack trace
  app.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = err.status && err.status < 500 ? err.status : 500;
    if (status === 500) log.error({ err, subgraph: opts.name }, 'request failed');
    res.status(status).json({
      errors: [
        {
          message: status === 500 ? 'Internal server error' : err.message,
          extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' },
        },
      ],
    });
  });

  await new Promise<void>((resolve) => httpServer.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${opts.host ?? '127.0.0.1'}:${port}/graphql`;
  log.info({ url, subgraph: opts.name }, 'subgraph listening');
  return {
    url,
    port,
    close: async () => {
      await closeHttpServer(httpServer);
      await apollo.stop();
      await opts.orm.close(true);
    },
  };
}

function unauthenticated(res: Response, message: string) {
  res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

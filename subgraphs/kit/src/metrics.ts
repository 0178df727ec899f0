import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

/** Every SQL statement a subgraph sends. Tests read it to prove a request's query count does not grow with its rows. */
export const sqlQueries = new Counter({
  name: 'crm_sql_queries_total',
  help: 'SQL statements sent to PostgreSQL',
  labelNames: ['subgraph'],
  registers: [registry],
});

export const graphqlRequests = new Histogram({
  name: 'crm_graphql_request_seconds',
  help: 'GraphQL request duration',
  labelNames: ['subgraph', 'outcome'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [registry],
});

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Who may read /metrics: with `METRICS_TOKEN` set (Kubernetes: a secret Prometheus sends as a
 * bearer token), only a caller presenting it; without one, only this machine (a developer's
 * `npm start`, the tests). Anyone else gets 404, as if there were no such route.
 */
export function metricsAllowed(
  remoteAddress: string | undefined,
  authorization: string | undefined,
  token = process.env.METRICS_TOKEN,
): boolean {
  if (token) return authorization === `Bearer ${token}`;
  return remoteAddress !== undefined && LOOPBACK.has(remoteAddress);
}

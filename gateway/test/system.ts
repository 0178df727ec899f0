import { afterAll, beforeAll } from 'vitest';
import type { RunningSubgraph } from '@crm/kit';
import { gql } from '@crm/kit/testing';
import { DEMO_PASSWORD, startTestSubgraphs, useTestDatabase } from '@crm/infra/testing';
import type { LoginResponse, SubgraphName } from '@crm/shared-types';
import { startGateway } from '../src/gateway';
import { loadSupergraph } from '../src/supergraph';
import type { RateLimitOptions } from '../src/limits';

/**
 * The subgraphs and the gateway in this process, over real HTTP, on this file's own database.
 * The subgraphs come from `@crm/infra/testing` (the gateway imports no subgraph package); the
 * gateway is this package's own, composed from the committed supergraph.graphql.
 * Tokens come from the real login through the gateway.
 */
export function useSystem(
  opts: { planner?: 'rust' | 'js'; outboundDedupe?: boolean; rateLimits?: Partial<RateLimitOptions>; introspectionForAll?: boolean } = {},
) {
  const db = useTestDatabase();
  const running: { close(): Promise<void> }[] = [];
  const sys = {
    gateway: '',
    origin: '',
    databaseUrl: '',
    subgraphs: {} as Record<SubgraphName, RunningSubgraph>,
    async login(username: string, password = DEMO_PASSWORD): Promise<LoginResponse> {
      const res = await fetch(`${sys.origin}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
      return (await res.json()) as LoginResponse;
    },
    query<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string) {
      return gql<T>(sys.gateway, query, variables, token);
    },
  };
  beforeAll(async () => {
    const subgraphs = await startTestSubgraphs(db.url);
    running.push(subgraphs);
    const gateway = await startGateway({
      supergraph: loadSupergraph(undefined, subgraphs.env),
      verifyToken: subgraphs.verifyToken,
      loginUrl: subgraphs.loginUrl,
      planner: opts.planner,
      outboundDedupe: opts.outboundDedupe,
      port: 0,
      // REDIS_URL when set (CI exports it when Redis answers), else per process; each gateway its own keys
      redisUrl: process.env.REDIS_URL || undefined,
      // limits far above what a test sends (the permission suite calls every field as every role in
      // quick succession); rate-limit.test.ts sets its own, limits.ts's defaults are unit-tested there
      rateLimits: {
        perSecond: 10_000,
        perMinute: 100_000,
        costBudget: 10_000_000,
        keyPrefix: `crm-gw-test:${process.pid}:${Math.random().toString(36).slice(2, 8)}`,
        ...opts.rateLimits,
      },
      introspectionForAll: opts.introspectionForAll ?? false,
    });
    running.unshift(gateway);
    Object.assign(sys, { gateway: gateway.url, origin: gateway.origin, databaseUrl: db.url, subgraphs: subgraphs.subgraphs });
  });
  afterAll(async () => {
    for (const r of running) await r.close();
  });
  return sys;
}

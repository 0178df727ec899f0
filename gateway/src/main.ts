import { closeOnSignals, createTokenVerifier, verifierOptionsFromEnv } from '@crm/kit/edge';
import { DEFAULT_PORTS } from '@crm/shared-types';
import { startGateway } from './gateway';
import { rateLimitsFromEnv } from './limits';
import { loadSupergraph } from './supergraph';
import { subgraphUrl } from './subgraphs';

const orgHierarchyOrigin = new URL(subgraphUrl('org-hierarchy')).origin;
const gateway = await startGateway({
  supergraph: loadSupergraph(),
  verifyToken: createTokenVerifier({ jwksUrl: `${orgHierarchyOrigin}/.well-known/jwks.json`, ...stripUndefined(verifierOptionsFromEnv()) }),
  loginUrl: process.env.AUTH_LOGIN_URL ?? `${orgHierarchyOrigin}/auth/login`,
  planner: process.env.GATEWAY_PLANNER === 'js' ? 'js' : 'rust',
  port: Number(process.env.GATEWAY_PORT ?? DEFAULT_PORTS.gateway),
  host: process.env.HOST ?? '127.0.0.1',
  // per-user limits shared by every replica through Redis; per process without it
  redisUrl: process.env.REDIS_URL || undefined,
  rateLimits: rateLimitsFromEnv(),
});
closeOnSignals(gateway.close);

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

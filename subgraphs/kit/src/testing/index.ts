import pg from 'pg';
import type { StaffClaims } from '@crm/shared-types';
import { createTokenVerifier, generateSigningKey, signStaffToken, type SigningKey } from '../auth/token';
import { sqlQueries } from '../metrics';
import { runSubgraph, type SubgraphDefinition } from '../subgraph';
import { staleSubgraphSchema } from '../schema-file';

/** Helpers for tests that run subgraphs in process over real HTTP and real PostgreSQL. */

let keyPromise: Promise<SigningKey> | undefined;
export const testSigningKey = () => (keyPromise ??= generateSigningKey());
export const testVerifier = async () => createTokenVerifier({ jwks: (await testSigningKey()).publicJwks });

export function staffClaims(overrides: Partial<StaffClaims> & Pick<StaffClaims, 'orgPath'>): StaffClaims {
  const unitId = overrides.orgPath.split('/').filter(Boolean).pop()!;
  return {
    sub: '1',
    username: 'test.user',
    name: '测试用户',
    orgUnitId: unitId,
    level: 'OUTLET',
    department: 'RETAIL',
    roles: ['OUTLET_STAFF'],
    ...overrides,
  };
}

export async function tokenFor(claims: StaffClaims, ttlSeconds?: number): Promise<string> {
  return (await signStaffToken(await testSigningKey(), claims, ttlSeconds)).token;
}

/** Background jobs stay off unless the test asks for them (`{ background: true }`). */
export async function startTestSubgraph(def: SubgraphDefinition, databaseUrl: string, opts: { background?: boolean } = {}) {
  return runSubgraph(def, { databaseUrl, port: 0, verifyToken: await testVerifier(), background: opts.background ?? false });
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

/** SQL statements sent so far, per subgraph (all subgraphs of a test share one process). */
export async function sqlStatementCount(subgraph: string): Promise<number> {
  const metric = await sqlQueries.get();
  return metric.values.find((v) => v.labels.subgraph === subgraph)?.value ?? 0;
}

/** SQL statements the given action costs, per subgraph. */
export async function countSql<T>(subgraphs: string[], action: () => Promise<T>): Promise<{ result: T; counts: Record<string, number> }> {
  const before = await Promise.all(subgraphs.map(sqlStatementCount));
  const result = await action();
  const after = await Promise.all(subgraphs.map(sqlStatementCount));
  return { result, counts: Object.fromEntries(subgraphs.map((s, i) => [s, after[i] - before[i]])) };
}

/** Run SQL on a test database (fixtures), one short-lived connection. */
export async function withSql<T>(
  url: string,
  work: (query: (text: string, params?: unknown[]) => Promise<Record<string, any>[]>) => Promise<T>,
): Promise<T> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return await work(async (text, params) => (await client.query(text, params)).rows);
  } finally {
    await client.end();
  }
}

/**
 * A subgraph's `test/schema.test.ts`: fails when the committed `schema.graphql` no longer matches
 * the schema its code builds, with the command that refreshes it.
 */
export async function expectSubgraphSchemaFresh(def: SubgraphDefinition, file: URL): Promise<void> {
  const stale = await staleSubgraphSchema(def, file);
  if (stale) throw new Error(stale);
}

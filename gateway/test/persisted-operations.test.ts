import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, validate, buildASTSchema } from 'graphql';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import {
  loadPersistedOperations,
  persistedDocumentsOption,
  persistedOperationsMode,
  PERSISTED_OPERATIONS_MANIFEST,
} from '../src/persisted-operations';

const SUPERGRAPH = readFileSync(new URL('../supergraph.graphql', import.meta.url), 'utf8');

describe('persisted operations (PERSISTED_OPERATIONS=only)', () => {
  it('is off unless asked for, and refuses a typo', () => {
    expect(persistedOperationsMode({})).toBe('off');
    expect(persistedOperationsMode({ PERSISTED_OPERATIONS: 'only' })).toBe('only');
    expect(() => persistedOperationsMode({ PERSISTED_OPERATIONS: 'on' })).toThrow(/must be "only"/);
    expect(persistedDocumentsOption('off')).toBeUndefined();
  });

  it("the portal's manifest: every hash is the sha256 of its document, every document validates against the API schema", () => {
    const operations = loadPersistedOperations();
    expect(operations.size).toBeGreaterThan(30);
    const schema = buildASTSchema(transformSupergraphToPublicSchema(parse(SUPERGRAPH)), { assumeValidSDL: true });
    for (const [hash, document] of operations) {
      expect(createHash('sha256').update(document).digest('hex'), document).toBe(hash);
      expect(validate(schema, parse(document)).map(String), document).toEqual([]);
    }
    expect([...operations.values()].some((d) => d.includes('query BranchChurnRisk'))).toBe(true);
  });

  it('refuses a manifest that is not hash → document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pq-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ abc: 'query { me { id } }' }));
    expect(() => loadPersistedOperations(join(dir, 'bad.json'))).toThrow(/not a sha256 hash/);
  });

  it('the gateway runtime then runs a known hash and refuses query text and unknown hashes', async () => {
    const [hash, document] = [...loadPersistedOperations(PERSISTED_OPERATIONS_MANIFEST)].find(([, d]) =>
      d.includes('query BranchScoreAsOfDates'),
    )!;
    const runtime = createGatewayRuntime({ supergraph: SUPERGRAPH, logging: false, persistedDocuments: persistedDocumentsOption('only')! });
    const post = async (body: unknown) =>
      (
        await runtime.fetch('http://gateway.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).json() as Promise<{ data?: unknown; errors?: { message: string }[] }>;
    try {
      const text = await post({ query: document });
      expect(text.errors?.[0]?.message).toBe('PersistedQueryOnly');
      const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } });
      expect(unknown.errors?.[0]?.message).toBe('PersistedQueryNotFound');
      // a known hash is planned and sent on (no subgraph runs here: the failure is the fetch, not the hash)
      const known = await post({ operationName: 'BranchScoreAsOfDates', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
      expect(known.errors?.map((e) => e.message) ?? []).not.toContain('PersistedQueryNotFound');
      expect(known.errors?.map((e) => e.message) ?? []).not.toContain('PersistedQueryOnly');
    } finally {
      await runtime.dispose();
    }
  });
});

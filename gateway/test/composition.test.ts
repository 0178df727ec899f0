import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, SUPERGRAPH_FILE } from '../src/compose';
import { loadSupergraph } from '../src/supergraph';
import { subgraphSdls, type SubgraphSdl } from '../src/subgraphs';

/** The published files with one subgraph's SDL changed by `edit`. */
function withEdited(name: string, edit: (sdl: string) => string): SubgraphSdl[] {
  return subgraphSdls().map((s) => {
    if (s.name !== name) return s;
    const sdl = edit(s.sdl);
    expect(sdl, 'the edit must change the SDL').not.toBe(s.sdl);
    return { ...s, sdl };
  });
}

const composeError = (subgraphs: SubgraphSdl[]) => {
  try {
    composeSupergraph(subgraphs);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('composition unexpectedly succeeded');
};

describe('supergraph', () => {
  it("composes from the subgraphs' schema.graphql files, and the committed supergraph.graphql is up to date (run `pnpm schema` if not)", () => {
    const fresh = composeSupergraph();
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(fresh);
  });

  it('joins Customer and OrgUnit across subgraphs: owned where they live, extended by analysis and managers', () => {
    const sdl = composeSupergraph();
    expect(sdl).toMatch(
      /type Customer @join__type\(graph: ANALYSIS, key: "id"\) @join__type\(graph: CUSTOMERS, key: "id"\) @join__type\(graph: MANAGERS, key: "id"\)/,
    );
    expect(sdl).toMatch(
      /type OrgUnit @join__type\(graph: ANALYSIS, key: "id"\) @join__type\(graph: CUSTOMERS, key: "id", resolvable: false\) @join__type\(graph: MANAGERS, key: "id"\) @join__type\(graph: ORG_HIERARCHY, key: "id"\)/,
    );
    // CustomerManager lives in managers alone
    expect(sdl).toMatch(/type CustomerManager @join__type\(graph: MANAGERS, key: "id"\) @policy/);
  });

  it('takes subgraph URLs from the environment', () => {
    const sdl = loadSupergraph(undefined, { CUSTOMERS_URL: 'http://customers.bank.svc:8080/graphql' });
    expect(sdl).toContain('@join__graph(name: "customers", url: "http://customers.bank.svc:8080/graphql")');
    expect(sdl).toContain('@join__graph(name: "org-hierarchy", url: "http://127.0.0.1:4001/graphql")');
  });
});

describe('composition errors name the subgraph file and the type', () => {
  it('a field typed differently in two subgraphs: both files, at the field', () => {
    const message = composeError(
      withEdited('analysis', (sdl) =>
        sdl.replace(/(type Customer\n {2}@key\(fields: "id"\)[^{]*\{\n {2}id: ID!\n)/, '$1  name: Int @shareable\n'),
      ),
    );
    expect(message).toMatch(/FIELD_TYPE_MISMATCH.*"Customer\.name"/);
    expect(message).toMatch(/at subgraphs\/analysis\/schema\.graphql:\d+:\d+ \(Customer\.name\)/);
    expect(message).toMatch(/at subgraphs\/customers\/schema\.graphql:\d+:\d+ \(Customer\.name\)/);
  });

  it('an @key on a field the type does not have: the file, at the type', () => {
    const message = composeError(
      withEdited('analysis', (sdl) => sdl.replace('type Customer\n  @key(fields: "id")', 'type Customer\n  @key(fields: "customerNo")')),
    );
    expect(message).toMatch(/KEY_INVALID_FIELDS.*"Customer"/);
    const line =
      subgraphSdls()
        .find((s) => s.name === 'analysis')!
        .sdl.split('\n')
        .indexOf('type Customer') + 1;
    expect(message).toContain(`at subgraphs/analysis/schema.graphql:${line}:6 (type Customer)`);
    expect(message).not.toContain('subgraphs/customers/schema.graphql');
    expect(message).toContain('`pnpm schema`');
  });

  it('a file that does not parse: the file and the line', () => {
    const message = composeError(withEdited('customers', (sdl) => sdl.replace('type Customer\n', 'type Customer {{\n')));
    expect(message).toMatch(/^subgraphs\/customers\/schema\.graphql:\d+:\d+: Syntax Error/);
  });
});

describe("the gateway depends on the subgraphs' files, not their code", () => {
  const SUBGRAPH_PACKAGE = /@crm\/(org-hierarchy|customers|analysis|managers)\b/;

  it('no subgraph package in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((d) => SUBGRAPH_PACKAGE.test(d))).toEqual([]);
  });

  it('no subgraph package imported by src/ or test/', () => {
    const offenders = ['../src/', '../test/'].flatMap((dir) => {
      const url = new URL(dir, import.meta.url);
      return readdirSync(url)
        .filter((f) => f.endsWith('.ts'))
        .filter((f) =>
          readFileSync(new URL(f, url), 'utf8')
            .split('\n')
            .some((l) => /^\s*(import|export)\b.*from\s+'/.test(l) && SUBGRAPH_PACKAGE.test(l)),
        )
        .map((f) => `${dir.slice(3)}${f}`);
    });
    expect(offenders).toEqual([]);
  });

  it("the running gateway loads no ORM, no type-graphql and no entity class: only the kit's edge entry", () => {
    const importsOf = (file: string) =>
      [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
    const src = fileURLToPath(new URL('../src/', import.meta.url));
    const kitImports = readdirSync(src)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => importsOf(src + f))
      .filter((i) => i.startsWith('@crm/kit'));
    expect([...new Set(kitImports)]).toEqual(['@crm/kit/edge']);
    // everything the edge entry reaches, file by file
    const reached = new Set<string>();
    const walk = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const i of importsOf(file).filter((i) => i.startsWith('.'))) {
        const next = resolve(dirname(file), i);
        walk(existsSync(`${next}.ts`) ? `${next}.ts` : `${next}/index.ts`);
      }
    };
    walk(fileURLToPath(new URL('../../subgraphs/kit/src/edge.ts', import.meta.url)));
    const heavy = [...reached].flatMap((f) =>
      importsOf(f)
        .filter((i) => /^(@mikro-orm|type-graphql|@apollo|express)/.test(i))
        .map((i) => `${f}: ${i}`),
    );
    expect(heavy).toEqual([]);
  });
});

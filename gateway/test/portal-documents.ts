import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  getIntrospectionQuery,
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { SAVED_QUERIES } from '../../frontends/head-office/src/explorer/saved-queries';

export const FRONTENDS = fileURLToPath(new URL('../../frontends/', import.meta.url));

export interface PortalDocument {
  /** where it comes from, e.g. outlet/src/customers/customers.queries.ts#OutletCustomerList */
  source: string;
  name: string;
  document: DocumentNode;
  /** the explorer's saved example variables, if any */
  variables?: Record<string, unknown>;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'node_modules' || entry === 'test' || entry === 'gql' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [path] : [];
  });
}

/**
 * Every GraphQL operation the portal sends: each gql`…` template literal or graphql(`…`) document under frontends/<app>/src
 * (with the fragments it spreads, wherever they are defined), each saved query of the head-office
 * explorer, and the schema introspection GraphiQL sends.
 */
export function portalDocuments(): PortalDocument[] {
  const operations: { source: string; op: OperationDefinitionNode }[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const app of readdirSync(FRONTENDS)) {
    const src = join(FRONTENDS, app, 'src');
    if (!statSync(join(FRONTENDS, app)).isDirectory() || !existsDir(src)) continue;
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      // plain string constants of the file (field lists, fragment texts) that templates interpolate
      const strings = new Map<string, string>();
      for (const m of text.matchAll(/\bconst (\w+) = (?:'([^']*)'|"([^"]*)"|`([^`]*)`)/g)) strings.set(m[1], m[2] ?? m[3] ?? m[4]);
      // gql`…` templates, and the generated graphql(`…`) documents (frontends/*/src/gql: their fragments are spread by name)
      for (const m of text.matchAll(/\b(?:gql`|graphql\(`)([\s\S]*?)`/g)) {
        // `${plainString}` is pasted in; `${OtherGqlDocument}` only glues fragments on, and every fragment is collected by name
        const body = m[1].replace(/\$\{\s*(\w+)\s*\}/g, (_x, name: string) => strings.get(name) ?? '');
        if (!body.trim()) continue;
        for (const def of parse(body).definitions) collect(def, `${relative(FRONTENDS, file)}`);
      }
    }
  }
  function collect(def: DefinitionNode, source: string) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    else if (def.kind === Kind.OPERATION_DEFINITION) operations.push({ source, op: def });
  }
  const withFragments = (op: OperationDefinitionNode): DocumentNode => {
    const needed = new Map<string, FragmentDefinitionNode>();
    const walk = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const f = fragments.get(spread.name.value);
          if (!f) throw new Error(`fragment ${spread.name.value} is spread but defined nowhere in frontends/*/src`);
          if (!needed.has(f.name.value)) {
            needed.set(f.name.value, f);
            walk(f);
          }
        },
      });
    walk(op);
    return { kind: Kind.DOCUMENT, definitions: [op, ...needed.values()] };
  };

  const docs: PortalDocument[] = operations.map(({ source, op }) => ({
    source: `${source}#${op.name?.value ?? 'anonymous'}`,
    name: op.name?.value ?? 'anonymous',
    document: withFragments(op),
  }));
  for (const saved of SAVED_QUERIES) {
    const document = parse(saved.query);
    const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    docs.push({
      source: `head-office/src/explorer/saved-queries.ts#${saved.key}`,
      name: op.name?.value ?? saved.key,
      document,
      variables: saved.variables ? JSON.parse(saved.variables) : undefined,
    });
  }
  docs.push({
    source: 'GraphiQL (head-office explorer)',
    name: 'IntrospectionQuery',
    document: parse(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true })),
  });
  return docs;
}

function existsDir(path: string) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The document as the portal sends it, for logs and failures. */
export const printDocument = (doc: DocumentNode) => print(doc);

/**
 * The variables that make a document as expensive as the portal can make it: every `PageInput`
 * variable at the largest page size the portal offers (100, which is also the subgraphs' cap),
 * every other variable as the example gives it (or absent).
 */
export function maxPageVariables(doc: PortalDocument, maxPageSize = 100): Record<string, unknown> {
  const vars: Record<string, unknown> = { ...(doc.variables ?? {}) };
  for (const def of doc.document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of def.variableDefinitions ?? []) {
      let t = v.type;
      while (t.kind !== Kind.NAMED_TYPE) t = t.type;
      if (t.name.value === 'PageInput') vars[v.variable.name.value] = { page: 1, pageSize: maxPageSize };
      if (v.variable.name.value === 'pageSize' || v.variable.name.value === 'first') vars[v.variable.name.value] = maxPageSize;
    }
  }
  return vars;
}

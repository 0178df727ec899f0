import { Kind, visit, type DocumentNode, type FieldNode, type SelectionSetNode, type VariableDefinitionNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

const indexed = (name: string, i: number) => name.replace(/0$/, String(i));

/**
 * One request for a list of things the API offers only one at a time: the generated, validated
 * document names the first copy — every field aliased `…0` with its variables `$…0`, e.g.
 * `query BranchChurnCustomers($c0: ID!) { c0: customer(id: $c0) { … } }` — and this copies it `count`
 * times (`c0 … cN`, `$c0 … $cN`). The copies are those of a checked document, so they are valid too;
 * only the one-copy document is in the persisted-operations manifest.
 */
export function repeatAliased<R, V>(document: TypedDocumentNode<R, V>, count: number): TypedDocumentNode<R, Record<string, unknown>> {
  const copies = Array.from({ length: Math.max(count, 1) }, (_, i) => i);
  const repeated = visit(document as DocumentNode, {
    OperationDefinition(op) {
      const vars: VariableDefinitionNode[] = [];
      for (const v of op.variableDefinitions ?? []) {
        if (!v.variable.name.value.endsWith('0')) vars.push(v);
        else
          for (const i of copies)
            vars.push({ ...v, variable: { ...v.variable, name: { ...v.variable.name, value: indexed(v.variable.name.value, i) } } });
      }
      return { ...op, variableDefinitions: vars };
    },
    SelectionSet(set): SelectionSetNode {
      const selections = set.selections.flatMap((s) => {
        if (s.kind !== Kind.FIELD || !s.alias?.value.endsWith('0')) return [s];
        return copies.map((i): FieldNode =>
          visit(
            { ...s, alias: { ...s.alias!, value: indexed(s.alias!.value, i) } },
            {
              Variable: (v) => (v.name.value.endsWith('0') ? { ...v, name: { ...v.name, value: indexed(v.name.value, i) } } : v),
            },
          ),
        );
      });
      return { ...set, selections };
    },
  });
  // a new document without the generated `__meta__` (its persisted hash is the one-copy document's)
  return { kind: Kind.DOCUMENT, definitions: repeated.definitions } as TypedDocumentNode<R, Record<string, unknown>>;
}

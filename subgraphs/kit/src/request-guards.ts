import type { ApolloServerPlugin } from '@apollo/server';
import { visit, type DocumentNode, type ValidationRule } from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { BadUserInputError } from './errors';

/**
 * Limits every subgraph applies itself (defence in depth: the gateway has its own, stricter ones,
 * but a subgraph must not trust that only the gateway reaches it). A little looser than the
 * gateway's, since the gateway's own subgraph queries wrap fields in `_entities`.
 */
export const SUBGRAPH_LIMITS = { maxDepth: 14, maxAliases: 30, maxDirectives: 30, maxTokens: 5_000 };

// reported as validation errors (graphql-armor's default throws, which Apollo answers as a 500)
const asValidationError = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(ctx: { reportError(e: unknown): void } | null, err: unknown) => ctx?.reportError(err)],
} as const;

export const subgraphValidationRules = (): ValidationRule[] => [
  maxDepthRule({ n: SUBGRAPH_LIMITS.maxDepth, ...asValidationError } as never) as unknown as ValidationRule,
  maxAliasesRule({ n: SUBGRAPH_LIMITS.maxAliases, ...asValidationError } as never) as unknown as ValidationRule,
  maxDirectivesRule({ n: SUBGRAPH_LIMITS.maxDirectives, ...asValidationError } as never) as unknown as ValidationRule,
];

/** Introspection and "did you mean" hints only on a developer's machine; the gateway composes from SDL files. */
export const schemaDetailsVisible = (env: NodeJS.ProcessEnv = process.env) => env.NODE_ENV === 'development';

/** Where the first NUL byte hides in a value, as a dotted path, or undefined. */
function nulPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulPath(value[i], `${path}.${i}`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = nulPath(v, path ? `${path}.${k}` : k);
      if (found) return found;
    }
  }
  return undefined;
}

/** The argument holding a NUL byte in a literal of the document, e.g. `filter.search`. */
function nulInDocument(document: DocumentNode): string | undefined {
  let found: string | undefined;
  const trail: string[] = [];
  visit(document, {
    Argument: { enter: (n) => void trail.push(n.name.value), leave: () => void trail.pop() },
    ObjectField: { enter: (n) => void trail.push(n.name.value), leave: () => void trail.pop() },
    StringValue(node) {
      if (!found && node.value.includes('\u0000')) found = trail.join('.') || 'query';
    },
  });
  return found;
}

/**
 * PostgreSQL cannot store a NUL byte in text: one in any input would otherwise surface as an
 * internal error from deep inside a resolver. Refused up front, naming the field.
 */
export const refuseNulBytes: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const inVariables = nulPath(request.variables ?? {}, '');
        const field = inVariables ?? nulInDocument(document);
        if (field) throw new BadUserInputError(`${field} must not contain NUL characters`, field);
      },
    };
  },
};

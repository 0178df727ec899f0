import { getOperationAST, GraphQLError, Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { HEAVY_ROOT_FIELDS } from './cost';
import type { Limits } from './limits';
import type { CallerContext } from './gateway';

/**
 * The supergraph has no subscriptions and the gateway serves none: a `subscription` operation is
 * the caller's mistake, answered 400 BAD_REQUEST before anything runs (it used to be a 500).
 */
export function noSubscriptionsPlugin(): GatewayPlugin {
  const refusal = () =>
    new GraphQLError('Subscriptions are not supported: use a query (and poll for progress)', {
      extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
    });
  return {
    // yoga routes a subscription operation to subscribe(), never to execute(): refuse it there, before
    // the gateway tries to open a stream it has no subgraph for (that was the 500)
    onSubscribe({ setResultAndStopExecution }) {
      setResultAndStopExecution({ errors: [refusal()] });
    },
  } as GatewayPlugin;
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;
const maskSuggestions = (errors: readonly unknown[] | undefined) => {
  for (const e of errors ?? []) {
    if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') {
      (e as { message: string }).message = (e as { message: string }).message.replace(SUGGESTION, '').trim();
    }
  }
};

/**
 * "Did you mean …" never reaches a client: it lets anyone map the schema without introspection.
 * graphql-armor's block-field-suggestions covers validation; this covers everything else that is
 * answered (variable coercion: "Did you mean the enum value …", subgraph errors).
 */
export function noSuggestionsPlugin(): GatewayPlugin {
  return {
    onResultProcess({ result }: { result: unknown }) {
      const results = Array.isArray(result) ? result : [result];
      for (const r of results) if (r && typeof r === 'object' && 'errors' in r) maskSuggestions((r as { errors?: unknown[] }).errors);
    },
  } as GatewayPlugin;
}

function rootFields(
  set: SelectionSetNode,
  fragments: Map<string, SelectionSetNode>,
  out = new Set<string>(),
  seen = new Set<string>(),
): Set<string> {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) out.add(sel.name.value);
    else if (sel.kind === Kind.INLINE_FRAGMENT) rootFields(sel.selectionSet, fragments, out, seen);
    else if (!seen.has(sel.name.value) && fragments.has(sel.name.value)) {
      seen.add(sel.name.value);
      rootFields(fragments.get(sel.name.value)!, fragments, out, seen);
    }
  }
  return out;
}

/**
 * Heavy operations (an export, an import, a bank-wide recompute) run at most one at a time per user,
 * counted in Redis (every replica) or this process: a second one while the first runs is refused
 * with 429 RATE_LIMITED and Retry-After. The cost limit already keeps two out of one operation.
 */
export function heavyOperationsPlugin(limits: Limits): GatewayPlugin {
  return {
    async onExecute({ args, setExecuteFn, executeFn, setResultAndStopExecution }) {
      const document = args.document as DocumentNode;
      const op = getOperationAST(document, args.operationName);
      if (!op || op.operation !== 'mutation') return;
      const fragments = new Map<string, SelectionSetNode>(
        document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])),
      );
      const heavy = [...rootFields(op.selectionSet, fragments)].filter((f) => HEAVY_ROOT_FIELDS.has(f));
      const user = (args.contextValue as CallerContext).user;
      if (!heavy.length || !user) return;
      const slot = await limits.acquireHeavy(user.sub);
      if (!slot.ok) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `Another ${heavy.join('/')} of yours is still running: exports, imports and recomputes run one at a time per user. Try again when it has finished.`,
              {
                extensions: {
                  code: 'RATE_LIMITED',
                  retryAfterSeconds: slot.retryAfterSeconds,
                  http: { status: 429, headers: { 'Retry-After': String(slot.retryAfterSeconds) } },
                },
              },
            ),
          ],
        });
        return;
      }
      setExecuteFn(async (a) => {
        try {
          return await executeFn(a);
        } finally {
          await slot.release();
        }
      });
    },
  } as GatewayPlugin;
}

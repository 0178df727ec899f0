import {
  buildASTSchema,
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isInputObjectType,
  isListType,
  isObjectType,
  Kind,
  parse,
  valueFromAST,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/**
 * Demand control: every operation gets a static cost before it is planned, and one above the limit
 * is refused without a single subgraph call.
 *
 * The cost model is the one of the federation `@cost` / `@listSize` directives (the IBM GraphQL
 * cost spec that Apollo Router and Hive implement): an object field costs 1, a scalar 0, a list
 * multiplies the cost of what it returns by its size, `@cost(weight:)` replaces a field's or type's
 * weight, `@listSize(assumedSize: | slicingArguments: + sizedFields:)` gives a list its size. Both
 * directives are read from the supergraph when a subgraph declares them (dotted slicing arguments
 * like `"page.pageSize"` into an input object are understood, as Apollo Router does).
 *
 * Two conventions of this graph stand in where the subgraphs declare nothing:
 * - a field with an argument `page: PageInput` sizes the `items` list of the page it returns by
 *   `page.pageSize` (a literal, a variable, or PageInput's default), exactly as if it carried
 *   `@listSize(slicingArguments: ["page.pageSize"], sizedFields: ["items"])` — which subgraphs
 *   cannot declare: @theguild/federation-composition 0.26 refuses a dotted slicing argument;
 * - `fieldWeights` gives the heavy mutations their weight, as if they carried `@cost(weight:)`.
 * Every other list is assumed to have `defaultListSize` elements.
 */
export interface CostLimitOptions {
  maxCost: number;
  /** size assumed for a list that has neither `@listSize` nor a `page` argument */
  defaultListSize: number;
  /** weight of `Type.field`, as if it carried `@cost(weight:)` (a declared `@cost` wins) */
  fieldWeights: Record<string, number>;
  /** weight of every root field of a mutation (Apollo Router's default: 10) */
  mutationWeight: number;
  /** the subgraphs' cap on `page.pageSize`: a larger one is priced at the cap (and refused by the subgraph) */
  maxPageSize: number;
}

/**
 * The limits. A portal operation costs at most ~500 at the largest page sizes (100 rows with a few
 * nested objects each; the explorer's saved queries likewise) — test/cost.test.ts checks every one;
 * the limit leaves the explorer four times that. The two ruinous queries of issue 7 cost ~300,000
 * (15 × 100 customers × 100 transactions) and 15 × 1,510 (export starts). A heavy operation weighs more
 * than half the limit, so one operation holds at most one of them.
 */
export const COST_LIMITS: CostLimitOptions = {
  maxCost: 2000,
  defaultListSize: 20,
  fieldWeights: {
    'Mutation.startCustomerExport': 1500,
    'Mutation.startImport': 1500,
    'Mutation.startScoreRecompute': 1500,
  },
  mutationWeight: 10,
  maxPageSize: 100,
};

/** The root fields whose operations run at most one at a time per user (see limits.ts). */
export const HEAVY_ROOT_FIELDS: ReadonlySet<string> = new Set(['startCustomerExport', 'startImport', 'startScoreRecompute']);

export class CostEstimator {
  private readonly schema: GraphQLSchema;
  private readonly costName: (name: string) => boolean;
  private readonly listSizeName: (name: string) => boolean;

  constructor(
    supergraphSdl: string,
    readonly options: CostLimitOptions = COST_LIMITS,
  ) {
    this.schema = buildASTSchema(parse(supergraphSdl), { assumeValid: true, assumeValidSDL: true });
    // the directive names as the supergraph spells them: @cost, or @federation__cost / @cost__cost when renamed by @link
    this.costName = (n) => n === 'cost' || n.endsWith('__cost');
    this.listSizeName = (n) => n === 'listSize' || n.endsWith('__listSize');
  }

  /** The estimated cost of the operation `operationName` (or the only one) of `document`. */
  estimate(document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string | null): number {
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
    if (!operation) return 0;
    const fragments = new Map(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
    );
    const root =
      operation.operation === 'mutation'
        ? this.schema.getMutationType()
        : operation.operation === 'subscription'
          ? this.schema.getSubscriptionType()
          : this.schema.getQueryType();
    if (!root) return 0;
    const ctx: Walk = { fragments, variables, visiting: new Set() };
    let cost = this.selectionSetCost(root, operation.selectionSet, ctx, new Map());
    if (operation.operation === 'mutation') cost += this.rootFieldCount(root, operation.selectionSet, ctx) * this.options.mutationWeight;
    return cost;
  }

  private rootFieldCount(root: GraphQLNamedType, set: SelectionSetNode, ctx: Walk): number {
    let n = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) n += sel.name.value.startsWith('__') ? 0 : 1;
      else if (sel.kind === Kind.INLINE_FRAGMENT) n += this.rootFieldCount(root, sel.selectionSet, ctx);
      else {
        const f = ctx.fragments.get(sel.name.value);
        if (f && !ctx.visiting.has(f.name.value)) {
          ctx.visiting.add(f.name.value);
          n += this.rootFieldCount(root, f.selectionSet, ctx);
          ctx.visiting.delete(f.name.value);
        }
      }
    }
    return n;
  }

  /** `sized`: list sizes the parent field's @listSize(sizedFields:) imposes on children of this selection. */
  private selectionSetCost(parent: GraphQLNamedType, set: SelectionSetNode, ctx: Walk, sized: Map<string, number>): number {
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        cost += this.fieldCost(parent, sel, ctx, sized);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const on = sel.typeCondition ? (this.schema.getType(sel.typeCondition.name.value) ?? parent) : parent;
        cost += this.selectionSetCost(on, sel.selectionSet, ctx, sized);
      } else {
        const f = ctx.fragments.get(sel.name.value);
        // a fragment cycle is invalid GraphQL and refused by validation; never loop on one here
        if (!f || ctx.visiting.has(f.name.value)) continue;
        ctx.visiting.add(f.name.value);
        cost += this.selectionSetCost(this.schema.getType(f.typeCondition.name.value) ?? parent, f.selectionSet, ctx, sized);
        ctx.visiting.delete(f.name.value);
      }
    }
    return cost;
  }

  private fieldCost(parent: GraphQLNamedType, node: FieldNode, ctx: Walk, sized: Map<string, number>): number {
    const name = node.name.value;
    if (name.startsWith('__')) return 0; // __typename, and introspection (governed by its own rule)
    if (!isObjectType(parent) && !('getFields' in parent)) return 0;
    const field = (parent as GraphQLObjectType).getFields()[name];
    if (!field) return 0; // unknown fields are refused by validation
    const named = getNamedType(field.type);

    const declaredWeight =
      this.directiveArg(field.astNode?.directives, this.costName, 'weight', ctx) ??
      this.directiveArg(named.astNode?.directives, this.costName, 'weight', ctx);
    const weight = Number(declaredWeight ?? this.options.fieldWeights[`${parent.name}.${name}`] ?? (isCompositeType(named) ? 1 : 0));

    // the size of this field's list, and the sizes it imposes on its children
    const childSized = new Map<string, number>();
    let size = 1;
    const listSize = field.astNode?.directives?.find((d) => this.listSizeName(d.name.value));
    const slicing = listSize ? (this.directiveArg(listSize, undefined, 'slicingArguments', ctx) as string[] | undefined) : undefined;
    if (listSize && (slicing?.length || !isPaged(field))) {
      const assumed = this.directiveArg(listSize, undefined, 'assumedSize', ctx);
      const sizedFields = this.directiveArg(listSize, undefined, 'sizedFields', ctx) as string[] | undefined;
      let n = assumed != null ? Number(assumed) : undefined;
      if (slicing?.length) {
        const values = slicing.map((path) => this.argumentPath(field, node, path, ctx)).filter((v): v is number => typeof v === 'number');
        n = values.length ? Math.max(...values) : (n ?? this.options.defaultListSize);
      }
      if (sizedFields?.length) for (const f of sizedFields) childSized.set(f, n ?? this.options.defaultListSize);
      else if (isListType(getNullableType(field.type))) size = n ?? this.options.defaultListSize;
    } else if (isPaged(field)) {
      // the page's own size wins over an @listSize(assumedSize:) on a paged field; above the subgraphs'
      // cap it is priced at the cap — the subgraph refuses it, naming the field, which says more
      const pageSize = this.argumentPath(field, node, 'page.pageSize', ctx);
      childSized.set('items', Math.min(pageSize ?? this.options.defaultListSize, this.options.maxPageSize));
    } else if (isListType(getNullableType(field.type))) {
      size = sized.get(name) ?? this.options.defaultListSize;
    }
    if (sized.has(name)) size = sized.get(name)!;
    // a list of lists: each level multiplies
    size *= listDepth(field.type) > 1 ? this.options.defaultListSize ** (listDepth(field.type) - 1) : 1;

    const children = node.selectionSet ? this.selectionSetCost(named, node.selectionSet, ctx, childSized) : 0;
    return size * (weight + children);
  }

  /** The value of `a.b.c` in the field's arguments: literal, variable or default. */
  private argumentPath(field: GraphQLField<unknown, unknown>, node: FieldNode, path: string, ctx: Walk): number | undefined {
    const [argName, ...rest] = path.split('.');
    const arg = field.args.find((a) => a.name === argName);
    if (!arg) return undefined;
    const given = node.arguments?.find((a) => a.name.value === argName);
    let value: unknown = given ? this.valueOf(given.value, arg.type, ctx) : arg.defaultValue;
    let type: GraphQLInputType = arg.type;
    for (const key of rest) {
      const t = getNullableType(type);
      if (!isInputObjectType(t)) return undefined;
      const f = t.getFields()[key];
      if (!f) return undefined;
      value = value && typeof value === 'object' && key in value ? (value as Record<string, unknown>)[key] : f.defaultValue;
      type = f.type;
    }
    const n = Number(value);
    return Number.isFinite(n) && n > 0 ? n : undefined;
  }

  private valueOf(node: ValueNode, type: GraphQLInputType, ctx: Walk): unknown {
    if (node.kind === Kind.VARIABLE) return ctx.variables[node.name.value];
    if (node.kind === Kind.OBJECT) {
      // partially-variable objects: { page: 1, pageSize: $size }
      const t = getNullableType(type);
      const out: Record<string, unknown> = {};
      for (const f of node.fields) {
        const ft = isInputObjectType(t) ? t.getFields()[f.name.value]?.type : undefined;
        out[f.name.value] = ft ? this.valueOf(f.value, ft, ctx) : undefined;
      }
      return out;
    }
    return valueFromAST(node, type, ctx.variables);
  }

  private directiveArg(
    directives: readonly ConstDirectiveNode[] | ConstDirectiveNode | undefined,
    match: ((n: string) => boolean) | undefined,
    arg: string,
    ctx: Walk,
  ): unknown {
    const d: ConstDirectiveNode | undefined = Array.isArray(directives)
      ? (directives as readonly ConstDirectiveNode[]).find((x) => match!(x.name.value))
      : (directives as ConstDirectiveNode | undefined);
    const v = d?.arguments?.find((a: { name: { value: string } }) => a.name.value === arg)?.value;
    if (!v) return undefined;
    if (v.kind === Kind.LIST) return v.values.map((x: ValueNode) => ('value' in x ? x.value : undefined));
    if (v.kind === Kind.INT || v.kind === Kind.FLOAT || v.kind === Kind.STRING)
      return v.kind === Kind.STRING ? Number(v.value) : Number(v.value);
    void ctx;
    return undefined;
  }
}

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  visiting: Set<string>;
}

/** `field(page: PageInput): XPage` where XPage has `items: [X]` — this graph's paging convention. */
function isPaged(field: GraphQLField<unknown, unknown>): boolean {
  const page = field.args.find((a) => a.name === 'page');
  if (!page || getNamedType(page.type).name !== 'PageInput') return false;
  const ret = getNamedType(field.type);
  return isObjectType(ret) && !!ret.getFields().items && isListType(getNullableType(ret.getFields().items.type));
}

function listDepth(type: GraphQLOutputType): number {
  let depth = 0;
  let t: GraphQLOutputType = getNullableType(type) as GraphQLOutputType;
  while (isListType(t)) {
    depth++;
    t = getNullableType(t.ofType) as GraphQLOutputType;
  }
  return depth;
}

export const costLimitError = (cost: number, max: number) =>
  new GraphQLError(
    `This query is too expensive: its estimated cost is ${cost}, the limit is ${max}. Ask for fewer rows (smaller pageSize), fewer nested lists or fewer aliases.`,
    {
      extensions: { code: 'COST_LIMIT', cost: { estimated: cost, max }, http: { status: 400 } },
    },
  );

/**
 * The gateway plugin: refuses an operation above `maxCost` before it is planned or sent anywhere,
 * and spends the rest from the caller's cost budget (limits.ts): one user cannot keep the
 * subgraphs busy with operations just under the limit, back to back.
 */
export function costLimitPlugin(
  estimator: CostEstimator,
  budget?: { consumeCost(userId: string, cost: number): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number; reason: string }> },
): GatewayPlugin {
  const max = estimator.options.maxCost;
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const cost = estimator.estimate(
        args.document as DocumentNode,
        (args.variableValues ?? {}) as Record<string, unknown>,
        args.operationName,
      );
      if (cost > max) return setResultAndStopExecution({ errors: [costLimitError(cost, max)] });
      const user = (args.contextValue as { user?: { sub: string } }).user;
      if (!budget || !user) return;
      const spent = await budget.consumeCost(user.sub, cost);
      if (!spent.ok) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `Too many expensive queries (at most ${spent.reason} per user; this one costs ${cost}); try again in ${spent.retryAfterSeconds} s`,
              {
                extensions: {
                  code: 'RATE_LIMITED',
                  retryAfterSeconds: spent.retryAfterSeconds,
                  cost: { estimated: cost },
                  http: { status: 429, headers: { 'Retry-After': String(spent.retryAfterSeconds) } },
                },
              },
            ),
          ],
        });
      }
    },
  } as GatewayPlugin;
}

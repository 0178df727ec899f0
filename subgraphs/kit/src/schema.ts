import 'reflect-metadata';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, visit, type DocumentNode, type GraphQLFieldResolver, type GraphQLSchema, type ObjectTypeDefinitionNode } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { can } from '@crm/shared-types';
import type { RequestContext } from './context';
import { BadUserInputError } from './errors';
import { assertEveryFieldPermitted, permissionChecker, policyDirective, type ReferenceResolver } from './permit';
import { CheckedDateTimeISO } from './scalars';

/** `__resolveReference` per entity type with the permission it needs, e.g. `{ Customer: { permit: ['CUSTOMER_READ'], resolve } }`. */
export type ReferenceResolvers = Record<string, ReferenceResolver>;

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@policy", "@cost", "@listSize"])`;

/**
 * type-graphql classes → a federation v2 subgraph schema. Returns the executable schema and the
 * subgraph SDL the gateway composes at build time. Refuses to build when a query field, mutation
 * or entity reference declares no permission (deny by default).
 */
export async function buildFederatedSchema(
  options: Pick<BuildSchemaOptions, 'resolvers' | 'orphanedTypes'>,
  references: ReferenceResolvers = {},
): Promise<{ schema: GraphQLSchema; sdl: string }> {
  const typeGraphqlSchema = await buildSchema({
    ...options,
    skipCheck: true, // a subgraph may have no Query of its own
    validate: { forbidUnknownValues: false },
    authChecker: permissionChecker,
    // a date-time outside 1900–2199 is a typing error, refused as BAD_USER_INPUT before any resolver
    scalarsMap: [{ type: Date, scalar: CheckedDateTimeISO }],
  });
  const resolvers = createResolversMap(typeGraphqlSchema) as Record<string, Record<string, unknown>>;
  for (const [typeName, ref] of Object.entries(references)) {
    // an entity the caller may not read answers null, exactly like one that does not exist
    const resolveReference = (reference: { id: string } & Record<string, unknown>, ctx: RequestContext) =>
      can(ctx.user, ...ref.permit) ? ref.resolve(reference, ctx) : null;
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), __resolveReference: resolveReference };
  }
  const typeDefs = withEntityPolicies(parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphqlSchema)}`), references);
  const schema = buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
  assertEveryFieldPermitted(schema, references);
  guardEntities(schema, new Set(Object.keys(references)));
  return { schema, sdl: printSubgraphSchema(schema) };
}

/** Each entity's reference permission published on its type as `@policy`, so the composed schema says it too. */
function withEntityPolicies(doc: DocumentNode, references: ReferenceResolvers): DocumentNode {
  return visit(doc, {
    ObjectTypeDefinition(node) {
      const ref = references[node.name.value];
      if (!ref) return undefined;
      const policy = parse(`type T ${policyDirective(ref.permit)}`).definitions[0] as ObjectTypeDefinitionNode;
      return { ...node, directives: [...(node.directives ?? []), ...(policy.directives ?? [])] };
    },
  });
}

/**
 * `_entities` answers only for the entity types this subgraph resolves: any other `__typename`
 * (a plain type, a typo, an entity it only references) is the caller's mistake, not an internal error.
 */
function guardEntities(schema: GraphQLSchema, entityTypes: ReadonlySet<string>) {
  const field = schema.getQueryType()?.getFields()._entities;
  if (!field?.resolve) return;
  const resolve = field.resolve as GraphQLFieldResolver<unknown, RequestContext, { representations: { __typename?: unknown }[] }>;
  field.resolve = (source, args, ctx, info) => {
    args.representations.forEach((rep: { __typename?: unknown }, i: number) => {
      const name = rep?.__typename;
      if (typeof name !== 'string' || !entityTypes.has(name)) {
        throw new BadUserInputError(
          `representations[${i}]: ${JSON.stringify(name)} is not an entity of this service`,
          `representations.${i}.__typename`,
        );
      }
    });
    return resolve(source, args, ctx, info);
  };
}

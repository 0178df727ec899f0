import 'reflect-metadata';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type AuthChecker, type BuildSchemaOptions } from 'type-graphql';
import type { RequestContext } from './context';

/** `__resolveReference` per entity type, e.g. `{ Customer: resolveCustomerReference }`. */
export type ReferenceResolvers = Record<string, (reference: { id: string } & Record<string, unknown>, ctx: RequestContext) => unknown>;

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])`;

/** `@Authorized('PII_VIEWER')` passes when the caller holds any of the listed roles. */
export const roleChecker: AuthChecker<RequestContext> = ({ context }, roles) =>
  roles.length === 0 || roles.some((r) => context.user.roles.includes(r as never));

/**
 * type-graphql classes → a federation v2 subgraph schema. Returns the executable schema and the
 * subgraph SDL the gateway composes at build time.
 */
export async function buildFederatedSchema(
  options: Pick<BuildSchemaOptions, 'resolvers' | 'orphanedTypes'>,
  references: ReferenceResolvers = {},
): Promise<{ schema: GraphQLSchema; sdl: string }> {
  const typeGraphqlSchema = await buildSchema({
    ...options,
    skipCheck: true, // a subgraph may have no Query of its own
    validate: { forbidUnknownValues: false },
    authChecker: roleChecker,
  });
  const resolvers = createResolversMap(typeGraphqlSchema) as Record<string, Record<string, unknown>>;
  for (const [typeName, resolveReference] of Object.entries(references)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), __resolveReference: resolveReference };
  }
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphqlSchema)}`);
  const schema = buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
  return { schema, sdl: printSubgraphSchema(schema) };
}

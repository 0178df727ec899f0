// The portal's API schema: the public face of the composed supergraph (gateway/supergraph.graphql,
// committed and checked by the gateway's build), without the join__/link machinery and the
// federation directives. The one place a frontend's codegen reads a schema from.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildASTSchema, parse } from 'graphql';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';

export const SUPERGRAPH = fileURLToPath(new URL('../../../gateway/supergraph.graphql', import.meta.url));

/** The API schema as a GraphQLSchema; `path` defaults to the committed supergraph (a copy may be given). */
export function apiSchema(path = process.env.CRM_SUPERGRAPH || SUPERGRAPH) {
  return buildASTSchema(transformSupergraphToPublicSchema(parse(readFileSync(path, 'utf8'))), { assumeValidSDL: true });
}

/** graphql-codegen custom schema loader: `schema: [{ [SUPERGRAPH]: { loader: <this file> } }]`. */
export default function loadApiSchema(pointer) {
  return apiSchema(pointer);
}

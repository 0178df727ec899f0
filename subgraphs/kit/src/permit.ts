import type { GraphQLSchema } from 'graphql';
import { Authorized, Directive, type AuthChecker } from 'type-graphql';
import { can, isPermission, type Permission } from '@crm/shared-types';
import type { RequestContext } from './context';
import { ForbiddenError, PERMISSION_DENIED } from './errors';

/**
 * Who may use a field or mutation: every permission listed (from the one table in
 * `@crm/shared-types`). Enforced here by type-graphql's auth checker, and published in the SDL as
 * federation's `@policy`, so the composed schema says what each field needs — the generated
 * permission suite reads it from there, and a Rust router can enforce it too.
 *
 * Every Query and Mutation field must carry one (the schema does not build otherwise): deny by
 * default, nothing is open by omission. Fields any staff member may read say `@Permit('DIRECTORY_READ')`.
 */
export function Permit(...permissions: [Permission, ...Permission[]]): MethodDecorator & PropertyDecorator {
  const authorized = Authorized(...permissions);
  const directive = Directive(policyDirective(permissions));
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    authorized(target, key as string, descriptor as never);
    directive(target, key as string, descriptor as never);
  };
}

/** `@policy(policies: [["A", "B"]])`: federation's way to say "needs A and B". */
export const policyDirective = (permissions: readonly Permission[]) =>
  `@policy(policies: [[${permissions.map((p) => JSON.stringify(p)).join(', ')}]])`;

/** type-graphql's auth checker: the "roles" of `@Authorized` are our permissions, all required. */
export const permissionChecker: AuthChecker<RequestContext> = ({ context }, permissions) =>
  permissions.length > 0 && permissions.every(isPermission) && can(context.user, ...(permissions as Permission[]));

/** Throws FORBIDDEN unless the caller holds every permission — for checks inside a service. */
export function requirePermission(ctx: Pick<RequestContext, 'user'>, ...permissions: [Permission, ...Permission[]]): void {
  if (!can(ctx.user, ...permissions)) throw new ForbiddenError(`${PERMISSION_DENIED} (needs ${permissions.join(' and ')})`);
}

/** An entity's `__resolveReference` with the permission it needs: denied → null, like a row out of scope. */
export interface ReferenceResolver {
  permit: readonly [Permission, ...Permission[]];
  resolve: (reference: { id: string } & Record<string, unknown>, ctx: RequestContext) => unknown;
}

/** The permissions a field declares in the SDL (`@policy`), or undefined when it declares none. */
export function declaredPolicy(
  astNode: { directives?: readonly { name: { value: string }; arguments?: readonly { value: unknown }[] }[] } | null | undefined,
): Permission[] | undefined {
  const policy = astNode?.directives?.find((d) => d.name.value === 'policy');
  if (!policy) return undefined;
  const lists = (policy.arguments?.[0]?.value as { values?: { values?: { value: string }[] }[] })?.values ?? [];
  return lists.flatMap((l) => (l.values ?? []).map((v) => v.value)).filter(isPermission);
}

/**
 * Deny by default, checked when the schema is built: every Query and Mutation field declares a
 * permission, and so does every entity this subgraph resolves by reference.
 */
export function assertEveryFieldPermitted(schema: GraphQLSchema, references: Record<string, ReferenceResolver>): void {
  const missing: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      if (field.name.startsWith('_')) continue; // federation's _service and _entities: guarded per entity below
      if (!declaredPolicy(field.astNode)?.length) missing.push(`${root.name}.${field.name}`);
    }
  }
  for (const [typeName, ref] of Object.entries(references)) {
    if (!ref.permit?.length) missing.push(`${typeName} (reference)`);
    // astNode, not isObjectType(): under vitest the kit's `graphql` may be another copy than the schema's
    if (schema.getType(typeName)?.astNode?.kind !== 'ObjectTypeDefinition') missing.push(`${typeName} (reference to an unknown type)`);
  }
  if (missing.length) {
    throw new Error(
      `Every query field, mutation and entity reference needs a permission (@Permit(...) or { permit }): ${missing.join(', ')}`,
    );
  }
}

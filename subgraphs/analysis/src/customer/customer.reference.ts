import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { byKeys, parseId, pgArray, type ReferenceResolver, type RequestContext } from '@crm/kit';

/**
 * customers owns Customer; analysis ADDS fields to it (score, tierHistory, tier), so the type must be
 * resolvable here: the gateway sends `_entities` with the key, we answer with this reference.
 * Each feature adds its fields through its own `@Resolver(() => CustomerReference)` class.
 */
@Directive('@key(fields: "id")')
@ObjectType('Customer')
export class CustomerReference {
  @Field(() => ID)
  id!: string;

  /** the key as a number, for SQL */
  get customerId(): number {
    return Number(this.id);
  }

  static of(id: number | string): CustomerReference {
    return Object.assign(new CustomerReference(), { id: String(id) });
  }
}

/**
 * Which of a batch of customer ids are in the caller's scope (and not merged away): ONE query per batch
 * over customers' published view. Out of scope answers exactly like "does not exist" (null).
 */
export const customerInScopeLoader = (ctx: RequestContext) =>
  ctx.loaders.get<number, CustomerReference>('analysis.CustomerInScope#id', async (ids) => {
    const scope = ctx.scope.sql('home_org_path');
    const rows = await ctx.em
      .getConnection()
      .execute<{ id: number }[]>(`select id from customers_api.customer where id = any(?::int[]) and ${scope.sql}`, [
        pgArray(ids),
        scope.param,
      ]);
    return byKeys(
      ids,
      rows.map((r) => CustomerReference.of(r.id)),
      (c) => c.customerId,
    );
  });

/**
 * `__resolveReference` for Customer: the reference when the customer is in scope, else null. Score,
 * tier and tier history are customer data: only a caller who may read customers gets the entity
 * (anyone else gets null from the kit, as for a customer that does not exist).
 */
export const customerReference: ReferenceResolver = {
  permit: ['CUSTOMER_READ'],
  resolve: (ref, ctx) => customerInScopeLoader(ctx).load(parseId(ref.id)),
};

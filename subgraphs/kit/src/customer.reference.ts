import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { RequestContext } from './context';
import { parseId } from './ids';
import { byKeys } from './loaders';
import type { ReferenceResolver } from './permit';
import { pgArray } from './sql-array';

/**
 * customers owns Customer; analysis (score, tier) and managers (manager, ledger) ADD fields to it, so
 * the type must be resolvable there: the gateway sends `_entities` with the key, the subgraph answers
 * with this reference. Each feature adds its fields through its own `@Resolver(() => CustomerReference)`.
 * One class in the kit, so the key and the scope check cannot drift between the subgraphs that extend.
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
  ctx.loaders.get<number, CustomerReference>('kit.CustomerInScope#id', async (ids) => {
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
 * `__resolveReference` for Customer: the reference when the customer is in scope, else null. Scores,
 * tiers and managers are customer data: only a caller who may read customers gets the entity
 * (anyone else gets null from the kit, as for a customer that does not exist).
 */
export const customerReference: ReferenceResolver = {
  permit: ['CUSTOMER_READ'],
  resolve: (ref, ctx) => customerInScopeLoader(ctx).load(parseId(ref.id)),
};

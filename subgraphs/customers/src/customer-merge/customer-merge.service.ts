import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, NotFoundError, parseId, type RequestContext } from '@crm/kit';
import { Customer, CustomerStatus } from '../customer/customer.entity';

/** What a merge moved, kept in customer_merge.moved (jsonb) for the history. */
export interface MergeCounts {
  accounts: number;
  transactions: number;
  interactions: number;
  needs: number;
  serviceCases: number;
  surveys: number;
  relationshipsMoved: number;
  relationshipsDropped: number;
}

/** Child tables that follow their customer: table → key in MergeCounts. One set-based UPDATE each. */
const CHILDREN: [string, keyof MergeCounts][] = [
  ['account', 'accounts'],
  ['account_transaction', 'transactions'],
  ['interaction', 'interactions'],
  ['customer_need', 'needs'],
  ['service_case', 'serviceCases'],
  ['satisfaction_survey', 'surveys'],
];

async function run(tx: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const res = await tx.execute<{ affectedRows: number }>(sql, params, 'run');
  return res.affectedRows;
}

/**
 * Folds a duplicate record into the survivor, in one transaction: every child row is re-pointed,
 * relationships keep both ends (ones that would relate the survivor to itself, or repeat one it
 * already has, are dropped), and the merged record stays — status MERGED, pointing at the survivor —
 * with a customer_merge row saying who, when, why and what moved.
 */
export async function mergeCustomers(ctx: RequestContext, survivorArg: string, mergedArg: string, reasonArg: string): Promise<Customer> {
  const survivorId = parseId(survivorArg, 'survivorId');
  const mergedId = parseId(mergedArg, 'mergedId');
  if (survivorId === mergedId) throw new BadUserInputError('mergedId must be a different customer from survivorId', 'mergedId');
  const reason = reasonArg.trim();
  if (reason.length < 4)
    throw new BadUserInputError('reason must say why the records are the same customer (at least 4 characters)', 'reason');
  if (reason.length > 1000) throw new BadUserInputError('reason must be at most 1000 characters', 'reason');

  return ctx.em.transactional(async (tx) => {
    // both rows locked in id order (no deadlock with a merge the other way round), scope in SQL
    const scope = ctx.scope.sql('home_org_path');
    const rows = await tx.execute<{ id: number; customer_no: string; kind: string; status: string }[]>(
      `select id, customer_no, kind, status from customers.customer where id in (?, ?) and ${scope.sql} order by id for update`,
      [survivorId, mergedId, scope.param],
    );
    const survivor = rows.find((r) => r.id === survivorId);
    const merged = rows.find((r) => r.id === mergedId);
    if (!survivor) throw new NotFoundError('Customer (survivorId)');
    if (!merged) throw new NotFoundError('Customer (mergedId)');
    for (const [field, c] of [
      ['survivorId', survivor],
      ['mergedId', merged],
    ] as const) {
      if (c.status === CustomerStatus.MERGED)
        throw new BadUserInputError(`customer ${c.customer_no} was already merged into another record`, field);
    }
    if (survivor.kind !== merged.kind)
      throw new BadUserInputError(
        `cannot merge a ${merged.kind.toLowerCase()} customer into a ${survivor.kind.toLowerCase()} one`,
        'mergedId',
      );

    const moved = { relationshipsMoved: 0, relationshipsDropped: 0 } as MergeCounts;
    for (const [table, key] of CHILDREN) {
      moved[key] = await run(tx, `update customers.${table} set customer_id = ? where customer_id = ?`, [survivorId, mergedId]);
    }
    // relationships: drop the ones that would become self-relations or duplicates, then move both ends
    moved.relationshipsDropped = await run(
      tx,
      `delete from customers.customer_relationship r
       where (r.from_customer_id = ? and r.to_customer_id = ?) or (r.from_customer_id = ? and r.to_customer_id = ?)
          or (r.from_customer_id = ? and exists (select 1 from customers.customer_relationship s
                where s.from_customer_id = ? and s.to_customer_id = r.to_customer_id and s.kind = r.kind))
          or (r.to_customer_id = ? and exists (select 1 from customers.customer_relationship s
                where s.to_customer_id = ? and s.from_customer_id = r.from_customer_id and s.kind = r.kind))`,
      [mergedId, survivorId, survivorId, mergedId, mergedId, survivorId, mergedId, survivorId],
    );
    moved.relationshipsMoved = await run(
      tx,
      `update customers.customer_relationship
       set from_customer_id = case when from_customer_id = ? then ? else from_customer_id end,
           to_customer_id   = case when to_customer_id = ? then ? else to_customer_id end
       where from_customer_id = ? or to_customer_id = ?`,
      [mergedId, survivorId, mergedId, survivorId, mergedId, mergedId],
    );

    await run(
      tx,
      `update customers.customer set status = 'MERGED', merged_into_id = ?, version = version + 1, updated_at = now() where id = ?`,
      [survivorId, mergedId],
    );
    // the survivor changed too (it has more accounts now): a form open on the old version must reload
    await run(tx, `update customers.customer set version = version + 1, updated_at = now() where id = ?`, [survivorId]);
    await run(
      tx,
      `insert into customers.customer_merge (survivor_id, merged_id, merged_by_staff_id, reason, moved) values (?, ?, ?, ?, ?::jsonb)`,
      [survivorId, mergedId, Number(ctx.user.sub), reason, JSON.stringify(moved)],
    );
    return tx.findOneOrFail(Customer, { id: survivorId }, { refresh: true });
  });
}

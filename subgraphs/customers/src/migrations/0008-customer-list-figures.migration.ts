import { Migration } from '@mikro-orm/migrations';

/**
 * Two figures per customer the list shows, sorts and filters on, kept on the customer row:
 *
 * - `aum` — assets under management (管理资产), CNY: the balances of the customer's deposit accounts
 *   (demand, time, settlement, basic) and wealth products that are not closed, CNY accounts only
 *   — exactly CustomerBalances.deposits + .wealth on the 360 (account.service.ts balancesOf). Loans
 *   and card debt are not assets.
 * - `last_contact_at` — the latest Interaction (every contact and conversation) with the customer;
 *   null when never contacted.
 *
 * Why columns and not a join: a list sorted by AUM or last contact at head office is a top-N over
 * every customer in scope. Computed per request that is a GROUP BY over all accounts (or
 * interactions) of up to a million customers before the first row; kept here it is a walk down
 * `customer_aum` / `customer_last_contact`, and the Customer fields cost no statement at all.
 *
 * They are maintained by statement-level triggers on account and interaction (set-based: one UPDATE
 * per statement over the customers it touched, through transition tables — a bulk import of a
 * million accounts is one recompute, not a million), so every writer, the ORM, imports, merges and
 * raw SQL alike, keeps them right. Only the customers whose figure changed are written; the
 * customer's version and updated_at are untouched (a balance moving is not an edit of the record).
 */
const AUM_KINDS = `('DEMAND_DEPOSIT','TIME_DEPOSIT','SETTLEMENT','BASIC','WEALTH')`;

export class CustomerListFigures0008 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table customers.customer
      add column aum numeric(18,2) not null default 0,
      add column last_contact_at timestamptz`);

    this.addSql(`create function customers.refresh_aum(ids integer[]) returns void language sql as $$
      update customers.customer c set aum = f.aum
      from (select i.id, coalesce((select sum(a.balance) from customers.account a
                                   where a.customer_id = i.id and a.status <> 'CLOSED' and a.currency = 'CNY'
                                     and a.kind in ${AUM_KINDS}), 0) as aum
            from unnest(ids) as i(id)) f
      where c.id = f.id and c.aum is distinct from f.aum
    $$`);
    this.addSql(`create function customers.refresh_last_contact(ids integer[]) returns void language sql as $$
      update customers.customer c set last_contact_at = f.at
      from (select i.id, (select max(x.occurred_at) from customers.interaction x where x.customer_id = i.id) as at
            from unnest(ids) as i(id)) f
      where c.id = f.id and c.last_contact_at is distinct from f.at
    $$`);

    // one function per figure; the transition tables that exist depend on the event (plpgsql plans
    // each branch only when it runs)
    for (const [fn, refresh] of [
      ['account_refresh_aum', 'refresh_aum'],
      ['interaction_refresh_last_contact', 'refresh_last_contact'],
    ]) {
      this.addSql(`create function customers.${fn}() returns trigger language plpgsql as $$
        begin
          if tg_op = 'INSERT' then
            perform customers.${refresh}(array(select distinct customer_id from new_rows));
          elsif tg_op = 'DELETE' then
            perform customers.${refresh}(array(select distinct customer_id from old_rows));
          else
            perform customers.${refresh}(array(select customer_id from new_rows union select customer_id from old_rows));
          end if;
          return null;
        end $$`);
    }
    for (const [table, fn] of [
      ['account', 'account_refresh_aum'],
      ['interaction', 'interaction_refresh_last_contact'],
    ]) {
      this.addSql(`create trigger ${table}_list_figure_ins after insert on customers.${table}
        referencing new table as new_rows for each statement execute function customers.${fn}()`);
      this.addSql(`create trigger ${table}_list_figure_upd after update on customers.${table}
        referencing old table as old_rows new table as new_rows for each statement execute function customers.${fn}()`);
      this.addSql(`create trigger ${table}_list_figure_del after delete on customers.${table}
        referencing old table as old_rows for each statement execute function customers.${fn}()`);
    }

    // the figures of the customers already there, set-based
    this.addSql(`update customers.customer c set aum = a.aum
      from (select customer_id, sum(balance) as aum from customers.account
            where status <> 'CLOSED' and currency = 'CNY' and kind in ${AUM_KINDS} group by customer_id) a
      where c.id = a.customer_id`);
    this.addSql(`update customers.customer c set last_contact_at = x.at
      from (select customer_id, max(occurred_at) as at from customers.interaction group by customer_id) x
      where c.id = x.customer_id`);

    // the list's sorts: a top-N in either direction walks these (id is the tiebreak; never contacted
    // sorts as longest ago, so nulls come first ascending and last descending)
    this.addSql(`create index customer_aum on customers.customer (aum, id)`);
    this.addSql(`create index customer_last_contact on customers.customer (last_contact_at nulls first, id)`);
  }

  override async down(): Promise<void> {
    for (const table of ['account', 'interaction']) {
      for (const ev of ['ins', 'upd', 'del']) this.addSql(`drop trigger ${table}_list_figure_${ev} on customers.${table}`);
    }
    this.addSql('drop function customers.account_refresh_aum()');
    this.addSql('drop function customers.interaction_refresh_last_contact()');
    this.addSql('drop function customers.refresh_aum(integer[])');
    this.addSql('drop function customers.refresh_last_contact(integer[])');
    this.addSql('alter table customers.customer drop column aum, drop column last_contact_at');
  }
}

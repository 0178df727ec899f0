import { registerEnumType } from 'type-graphql';
import { SortDirection } from '@crm/shared-types';

/** What the customer list can be sorted by; every key ends with the id, so pages never overlap or skip. */
export enum CustomerSort {
  NEWEST = 'NEWEST',
  NAME = 'NAME',
  TIER = 'TIER',
  AUM = 'AUM',
  LAST_CONTACT = 'LAST_CONTACT',
  STATUS = 'STATUS',
  UNIT = 'UNIT',
}
registerEnumType(CustomerSort, {
  name: 'CustomerSort',
  description: 'Sort keys of the customer list; ties broken by id in the same direction',
  valuesConfig: {
    NEWEST: { description: 'registration order (DESC: newest first)' },
    NAME: { description: 'name in pinyin order (zh collation)' },
    TIER: { description: 'tier rank within the active scheme (DESC: VIP/GOLD first); customers not tiered count as lowest' },
    AUM: { description: 'assets under management (deposits and wealth, CNY)' },
    LAST_CONTACT: { description: 'latest interaction (DESC: most recent first); never contacted counts as longest ago' },
    STATUS: { description: 'ACTIVE, DORMANT, CLOSED, MERGED (ASC in that order)' },
    UNIT: { description: 'home unit by its code' },
  },
});

// the codes live in @crm/shared-types: a manager's ledger (managers) is sorted the same way
export { SortDirection };
registerEnumType(SortDirection, { name: 'SortDirection' });

/** Each key's natural direction when none is given: words and codes A→Z, amounts and dates largest/latest first. */
export const DEFAULT_DIRECTION: Record<CustomerSort, SortDirection> = {
  NEWEST: SortDirection.DESC,
  NAME: SortDirection.ASC,
  TIER: SortDirection.DESC,
  AUM: SortDirection.DESC,
  LAST_CONTACT: SortDirection.DESC,
  STATUS: SortDirection.ASC,
  UNIT: SortDirection.ASC,
};

/**
 * The ORDER BY of a sorted page, over alias `c` (the customer), `t` (analysis_api.customer_tier) and
 * `u` (org_hierarchy_api.org_unit), and which of the two joins it needs. Expressions are fixed text
 * per enum value: nothing from the caller reaches the SQL but the choice of key and direction.
 * "Lowest" values (no tier, never contacted) sort as below every other value in both directions.
 */
export function customerOrderBy(sort: CustomerSort, direction: SortDirection): { sql: string; tier: boolean; unit: boolean } {
  const d = direction === SortDirection.ASC ? 'asc' : 'desc';
  const lowestFirst = direction === SortDirection.ASC ? 'nulls first' : 'nulls last';
  const id = `c.id ${d}`;
  switch (sort) {
    case CustomerSort.NEWEST:
      return { sql: id, tier: false, unit: false };
    case CustomerSort.NAME:
      return { sql: `c.name collate "zh-x-icu" ${d}, ${id}`, tier: false, unit: false };
    case CustomerSort.TIER:
      // rank 1 is the top: DESC (top first) is rank ascending
      return { sql: `t.tier_rank ${d === 'desc' ? 'asc' : 'desc'} ${lowestFirst}, ${id}`, tier: true, unit: false };
    case CustomerSort.AUM:
      return { sql: `c.aum ${d}, ${id}`, tier: false, unit: false };
    case CustomerSort.LAST_CONTACT:
      return { sql: `c.last_contact_at ${d} ${lowestFirst}, ${id}`, tier: false, unit: false };
    case CustomerSort.STATUS:
      return {
        sql: `array_position(array['ACTIVE','DORMANT','CLOSED','MERGED']::varchar[], c.status) ${d}, ${id}`,
        tier: false,
        unit: false,
      };
    case CustomerSort.UNIT:
      return { sql: `u.code ${d}, ${id}`, tier: false, unit: true };
  }
}

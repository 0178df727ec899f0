import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

export type {
  CustomerFilter,
  CustomerKind,
  CustomerSort,
  CustomerStatus,
  ManagerEmployment,
  PageInput,
  SortDirection,
  Tier,
} from '../gql/graphql';

export const CustomerListQuery = graphql(`
  query OutletCustomerList($filter: CustomerFilter, $page: PageInput, $sort: CustomerSort, $direction: SortDirection) {
    customers(filter: $filter, page: $page, sort: $sort, direction: $direction) {
      total
      page
      pageSize
      items {
        id
        customerNo
        kind
        name
        idNumber
        phone
        status
        tier
        aum
        lastContactAt
        homeOrgUnit {
          id
          name
          nameEn
        }
        # the managers subgraph's: the gateway asks it once for the whole page (one _entities call)
        manager {
          id
          employment
          staff {
            id
            name
          }
        }
      }
    }
  }
`);
export type CustomerRow = ResultOf<typeof CustomerListQuery>['customers']['items'][number];

export const CustomerCountsQuery = graphql(`
  query OutletCustomerCounts($filter: CustomerFilter) {
    customerCounts(filter: $filter) {
      total
      individual
      corporate
      active
      dormant
      closed
    }
  }
`);
export type CustomerCounts = ResultOf<typeof CustomerCountsQuery>['customerCounts'];

/** The units the list can be narrowed to: the caller's own and every unit below it. */
export const OutletUnitsQuery = graphql(`
  query OutletListUnits {
    myOrgUnit {
      id
      name
      nameEn
    }
    orgUnits {
      id
      name
      nameEn
    }
  }
`);

/**
 * The managers the list can be narrowed to: the caller's scope's active managers (MANAGER_READ),
 * a page of 100 — more than any outlet or sub-branch has; the select searches them by name.
 */
export const OutletListManagersQuery = graphql(`
  query OutletListManagers {
    customerManagers(page: { page: 1, pageSize: 100 }) {
      total
      items {
        id
        employment
        staff {
          id
          name
        }
        orgUnit {
          id
          name
          nameEn
        }
      }
    }
  }
`);
export type ManagerOption = ResultOf<typeof OutletListManagersQuery>['customerManagers']['items'][number];

export { PAGE_SIZES } from '@crm/ui-kit';

import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

export type { CustomerFilter, CustomerKind, CustomerSort, CustomerStatus, PageInput, SortDirection, Tier } from '../gql/graphql';

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

export { PAGE_SIZES } from '@crm/ui-kit';

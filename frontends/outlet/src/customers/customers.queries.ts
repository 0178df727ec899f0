import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

export type { CustomerFilter, CustomerKind, CustomerStatus, PageInput } from '../gql/graphql';

export const CustomerListQuery = graphql(`
  query OutletCustomerList($filter: CustomerFilter, $page: PageInput) {
    customers(filter: $filter, page: $page) {
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

export { PAGE_SIZES } from '@crm/ui-kit';

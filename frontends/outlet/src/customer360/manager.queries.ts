import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

/**
 * The customer's manager and, for a leader who may reassign (PORTFOLIO_REASSIGN), who kept the
 * customer before: all from the managers subgraph, in a request of its own so the 360 never waits
 * for (or fails with) it. The open period's start is "since when"; the rest of each period only
 * with `$withHistory`.
 */
export const CustomerManagerQuery = graphql(`
  query OutletCustomerManager($id: ID!, $withHistory: Boolean!) {
    customer(id: $id) {
      id
      manager {
        id
        grade
        employment
        staff {
          id
          name
          position
        }
        orgUnit {
          id
          name
          nameEn
        }
      }
      managerHistory {
        id
        startedAt
        endedAt
        reason @include(if: $withHistory)
        handoverNote @include(if: $withHistory)
        manager @include(if: $withHistory) {
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
        assignedBy @include(if: $withHistory) {
          id
          name
        }
        approvedBy @include(if: $withHistory) {
          id
          name
        }
      }
    }
  }
`);
export type CustomerManagerData = NonNullable<ResultOf<typeof CustomerManagerQuery>['customer']>;
export type ManagerPeriod = CustomerManagerData['managerHistory'][number];

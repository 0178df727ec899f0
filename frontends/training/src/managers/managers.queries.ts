import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

// Documents of the managers list; every type is generated from the supergraph (src/gql/, `pnpm codegen`)
// or derived from a document with ResultOf.

/** Active managers of a unit of the caller's scope (default: the whole scope) with their latest assessment, paged on the server. */
export const ManagersQuery = graphql(`
  query TrainingManagers($page: PageInput, $filter: CustomerManagerFilter) {
    customerManagers(page: $page, filter: $filter) {
      total
      page
      pageSize
      items {
        id
        grade
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
        latestAssessment {
          id
          status
          overall
          submittedAt
        }
      }
    }
  }
`);
export type ManagerRow = ResultOf<typeof ManagersQuery>['customerManagers']['items'][number];

import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

// Documents of the managers list; every type is generated from the supergraph (src/gql/, `pnpm codegen`)
// or derived from a document with ResultOf.

/** Managers in the caller's scope, paged on the server. */
export const ManagersQuery = graphql(`
  query TrainingManagers($page: PageInput) {
    customerManagers(page: $page) {
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
      }
    }
  }
`);
export type ManagerRow = ResultOf<typeof ManagersQuery>['customerManagers']['items'][number];

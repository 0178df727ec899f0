import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

// Documents of the ledger page; every type is generated from the supergraph (src/gql/, `pnpm codegen`)
// or derived from a document with ResultOf.

/** The signed-in manager: a customer manager's id is their staff id (the token's `sub`). */
export const MeQuery = graphql(`
  query ManagerMe($id: ID!) {
    customerManager(id: $id) {
      id
      grade
      employment
      capacity
      portfolioSize
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
`);
export type Me = ResultOf<typeof MeQuery>['customerManager'];

import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

// Documents of 客户动态: what the API offers about the manager's customers on the move — the ledger's
// churn-risk filter (their reasons from the analysis subgraph's score), and the tier movements of their
// own customers (analysis, filtered by primary manager on the server).

/** My customers flagged at churn risk: the ledger filtered on the server, largest deposits first. */
export const ChurnRiskQuery = graphql(`
  query ManagerChurnRisk($id: ID!, $page: PageInput) {
    customerManager(id: $id) {
      id
      ledger(page: $page, filter: { churnRiskOnly: true }, sort: DEPOSITS, direction: DESC) {
        total
        page
        pageSize
        items {
          customer {
            id
            name
            score {
              asOf
              churnReasons {
                code
                percent
                from
                to
                days
                complaints
                csat
              }
            }
          }
          customerNo
          tier
          depositBalance
          lastContactAt
          nextStep
          nextStepDue
        }
      }
    }
  }
`);
export type ChurnRow = ResultOf<typeof ChurnRiskQuery>['customerManager']['ledger']['items'][number];

/**
 * My customers whose tier changed against the previous scored date: those whose current primary
 * manager I am, within my scope (the server filters; a colleague's customers are not listed).
 */
export const TierMovementsQuery = graphql(`
  query ManagerTierMovements($managerId: ID!, $page: PageInput) {
    tierMovements(managerId: $managerId, page: $page) {
      total
      page
      pageSize
      items {
        from
        to
        customer {
          id
          name
          customerNo
        }
      }
    }
  }
`);
export type TierMovement = ResultOf<typeof TierMovementsQuery>['tierMovements']['items'][number];

import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

// Documents of the ledger page; every type is generated from the supergraph (src/gql/, `pnpm codegen`)
// or derived from a document with ResultOf.
export type { LedgerFilter, LedgerSort, SortDirection } from '../gql/graphql';

/**
 * The signed-in manager and their whole ledger in figures: a customer manager's id is their staff id
 * (the token's `sub`). Asked once per visit, whatever the table's filter.
 */
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
      ledgerSummary {
        customers
        deposits
        loans
        maturingDeposits {
          count
          amount
          firstDate
        }
        loansDue {
          count
          amount
          firstDate
        }
        atChurnRisk
      }
    }
  }
`);
export type Me = ResultOf<typeof MeQuery>['customerManager'];
export type LedgerSummary = Me['ledgerSummary'];
export type LedgerDue = LedgerSummary['loansDue'];

/** One page of the ledger, sorted and filtered on the server. */
export const LedgerQuery = graphql(`
  query ManagerLedger($id: ID!, $page: PageInput, $sort: LedgerSort, $direction: SortDirection, $filter: LedgerFilter) {
    customerManager(id: $id) {
      id
      ledger(page: $page, sort: $sort, direction: $direction, filter: $filter) {
        total
        page
        pageSize
        trendMonths
        items {
          customer {
            id
            name
          }
          customerNo
          tier
          depositBalance
          loanBalance
          depositTrend
          loanTrend
          maturingDeposits {
            count
            amount
            firstDate
          }
          loansDue {
            count
            amount
            firstDate
          }
          productsHeld
          lastContactAt
          nextStep
          nextStepDue
          churnRisk
        }
      }
    }
  }
`);
export type LedgerVariables = VariablesOf<typeof LedgerQuery>;
export type LedgerPage = ResultOf<typeof LedgerQuery>['customerManager']['ledger'];
export type LedgerRow = LedgerPage['items'][number];

/** The ledger as CSV, filtered as on screen (CUSTOMER_EXPORT; recorded in the ledger export log). */
export const ExportLedgerMutation = graphql(`
  mutation ManagerExportLedger($managerId: ID!, $filter: LedgerFilter) {
    exportLedger(managerId: $managerId, filter: $filter) {
      filename
      contentType
      rows
      csv
    }
  }
`);

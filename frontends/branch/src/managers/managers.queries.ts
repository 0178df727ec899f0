import type { ResultOf } from '@graphql-typed-document-node/core';
import { closedSet } from '@crm/ui-kit';
import { graphql } from '../gql';
import type { AssignmentReason, ScorecardMeasure } from '../gql/graphql';

// The cockpit's managers, from the managers subgraph (and the customers list's manager filter);
// every type is generated from the supergraph (src/gql/, `pnpm codegen`) or derived with ResultOf.
export type { AssignmentReason, ManagerEmployment, ScorecardMeasure } from '../gql/graphql';

/** The reasons a leader gives for a move, in the order the form offers them (INITIAL is the seed's, not a move). */
export const MOVE_REASONS = closedSet<Exclude<AssignmentReason, 'INITIAL'>>()([
  'MANAGER_LEFT',
  'REBALANCE',
  'CUSTOMER_REQUEST',
  'CUSTOMER_MOVED',
  'SERVICE_QUALITY',
  'TIER_CHANGE',
]);
/** The scorecard's measures in card order (the API's `lines` order), checked to be all of them. */
export const SCORECARD_MEASURES = closedSet<ScorecardMeasure>()([
  'DEPOSIT_STOCK',
  'DEPOSIT_GROWTH',
  'LOAN_STOCK',
  'LOAN_GROWTH',
  'NEW_OVERDUE_LOANS',
  'INTERMEDIARY_INCOME',
  'NEW_BASIC_ACCOUNTS',
  'SATISFACTION',
  'ON_TIME_TASK_RATE',
]);

/**
 * The managers of the unit looked at (null: the caller's whole scope) compared for a month, highest
 * total first, SCORECARD_PAGE_SIZE a page: each card carries its nine lines, so the page size is fixed in
 * the document (the gateway prices a page of 100 cards over its cost limit).
 */
export const SCORECARD_PAGE_SIZE = 20;
export const ScorecardsQuery = graphql(`
  query BranchScorecards($orgUnitId: ID, $period: String!, $page: Int!) {
    scorecards(orgUnitId: $orgUnitId, period: $period, page: { page: $page, pageSize: 20 }) {
      total
      page
      pageSize
      items {
        period
        customers
        total
        scoredWeight
        manager {
          id
          employment
          grade
          portfolioSize
          capacity
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
        lines {
          measure
          penalty
          actual
          target
          achievement
          weight
          points
        }
      }
    }
  }
`);
export type Scorecard = ResultOf<typeof ScorecardsQuery>['scorecards']['items'][number];
export type ScorecardLine = Scorecard['lines'][number];
export type ScorecardManager = Scorecard['manager'];

/** The managers a portfolio can go to: the active managers of the unit looked at (and below), in the caller's scope. */
export const MoveTargetsQuery = graphql(`
  query BranchMoveTargets($orgUnitId: ID) {
    customerManagers(filter: { orgUnitId: $orgUnitId, activeOnly: true }, page: { page: 1, pageSize: 100 }) {
      total
      items {
        id
        employment
        portfolioSize
        capacity
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
export type MoveTarget = ResultOf<typeof MoveTargetsQuery>['customerManagers']['items'][number];

/** One manager's customers to choose from: the customer list filtered by manager on the server. */
export const ManagerCustomersQuery = graphql(`
  query BranchManagerCustomers($filter: CustomerFilter, $page: PageInput) {
    customers(filter: $filter, page: $page, sort: NAME) {
      total
      page
      pageSize
      items {
        id
        customerNo
        name
        tier
        aum
        homeOrgUnit {
          id
          name
          nameEn
        }
      }
    }
  }
`);
export type ManagerCustomer = ResultOf<typeof ManagerCustomersQuery>['customers']['items'][number];

export const ReassignmentResultFields = graphql(`
  fragment BranchReassignmentResult on ReassignmentResult {
    assigned
    unchanged
    manager {
      id
      portfolioSize
      staff {
        id
        name
      }
    }
    transfer {
      id
      status
      customerCount
    }
  }
`);
export type ReassignmentResult = ResultOf<typeof ReassignmentResultFields>;

/** Selected customers to another manager (more than the threshold: a request a second leader approves). */
export const AssignCustomersMutation = graphql(`
  mutation BranchAssignCustomers($input: AssignCustomersInput!) {
    assignCustomers(input: $input) {
      ...BranchReassignmentResult
    }
  }
`);

/** A manager's whole portfolio to another (above the threshold: a request a second leader approves). */
export const TransferPortfolioMutation = graphql(`
  mutation BranchTransferPortfolio($input: TransferPortfolioInput!) {
    transferPortfolio(input: $input) {
      ...BranchReassignmentResult
    }
  }
`);

export const TransferFields = graphql(`
  fragment BranchPortfolioTransfer on PortfolioTransfer {
    id
    status
    reason
    handoverNote
    customerCount
    movedCount
    requestedAt
    decidedAt
    decisionNote
    version
    requestedBy {
      id
      name
    }
    decidedBy {
      id
      name
    }
    fromManager {
      id
      staff {
        id
        name
      }
    }
    toManager {
      id
      staff {
        id
        name
      }
    }
  }
`);
export type PortfolioTransfer = ResultOf<typeof TransferFields>;

/** The moves awaiting a second leader in the caller's scope, newest first. */
export const PendingTransfersQuery = graphql(`
  query BranchPendingTransfers($page: PageInput) {
    portfolioTransfers(status: PENDING, page: $page) {
      total
      items {
        ...BranchPortfolioTransfer
      }
    }
  }
`);

export const ApproveTransferMutation = graphql(`
  mutation BranchApproveTransfer($id: ID!, $version: Int!) {
    approvePortfolioTransfer(id: $id, version: $version) {
      ...BranchPortfolioTransfer
    }
  }
`);

export const RejectTransferMutation = graphql(`
  mutation BranchRejectTransfer($id: ID!, $version: Int!, $note: String) {
    rejectPortfolioTransfer(id: $id, version: $version, note: $note) {
      ...BranchPortfolioTransfer
    }
  }
`);

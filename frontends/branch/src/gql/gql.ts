/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment BranchRollup on OrgRollup {\n    asOf\n    customers\n    tiers {\n      tier\n      customers\n    }\n    deposits\n    loans\n    weightedAssets\n    contribution\n    avgSatisfaction\n    complaintRate\n    churnRisk\n  }\n": typeof types.BranchRollupFragmentDoc,
    "\n  fragment BranchCockpitUnit on OrgUnit {\n    id\n    name\n    nameEn\n    level\n    parent {\n      id\n      name\n      nameEn\n    }\n    rollup(asOf: $asOf) {\n      ...BranchRollup\n    }\n    childRollups(asOf: $asOf) {\n      orgUnit {\n        id\n        name\n        nameEn\n        level\n      }\n      ...BranchRollup\n    }\n  }\n": typeof types.BranchCockpitUnitFragmentDoc,
    "\n  query BranchMyUnit($asOf: String) {\n    myOrgUnit {\n      ...BranchCockpitUnit\n    }\n  }\n": typeof types.BranchMyUnitDocument,
    "\n  query BranchUnit($id: ID!, $asOf: String) {\n    myOrgUnit {\n      id\n      name\n      nameEn\n    }\n    orgUnit(id: $id) {\n      ...BranchCockpitUnit\n    }\n  }\n": typeof types.BranchUnitDocument,
    "\n  query BranchScoreAsOfDates {\n    scoreAsOfDates\n  }\n": typeof types.BranchScoreAsOfDatesDocument,
    "\n  query BranchTierMovements($asOf: String, $page: PageInput, $orgUnitId: ID) {\n    tierMovements(asOf: $asOf, page: $page, orgUnitId: $orgUnitId) {\n      total\n      page\n      pageSize\n      items {\n        from\n        to\n        customer {\n          id\n          name\n          customerNo\n          homeOrgUnit {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": typeof types.BranchTierMovementsDocument,
    "\n  query BranchChurnRisk($asOf: String, $page: PageInput, $orgUnitId: ID) {\n    churnRiskCustomers(asOf: $asOf, page: $page, orgUnitId: $orgUnitId) {\n      total\n      page\n      pageSize\n      items {\n        customerId\n        asOf\n        tier\n        recencyDays\n        value {\n          depositBalance\n          loanBalance\n          weightedAssets\n        }\n        churnReasons {\n          code\n          percent\n          from\n          to\n          days\n          complaints\n          csat\n        }\n      }\n    }\n  }\n": typeof types.BranchChurnRiskDocument,
    "\n  query BranchChurnCustomers($c0: ID!) {\n    c0: customer(id: $c0) {\n      id\n      name\n      customerNo\n      homeOrgUnit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.BranchChurnCustomersDocument,
    "\n  query BranchScorecards($orgUnitId: ID, $period: String!, $page: Int!) {\n    scorecards(orgUnitId: $orgUnitId, period: $period, page: { page: $page, pageSize: 20 }) {\n      total\n      page\n      pageSize\n      items {\n        period\n        customers\n        total\n        scoredWeight\n        manager {\n          id\n          employment\n          grade\n          portfolioSize\n          capacity\n          staff {\n            id\n            name\n          }\n          orgUnit {\n            id\n            name\n            nameEn\n          }\n        }\n        lines {\n          measure\n          penalty\n          actual\n          target\n          achievement\n          weight\n          points\n        }\n      }\n    }\n  }\n": typeof types.BranchScorecardsDocument,
    "\n  query BranchMoveTargets($orgUnitId: ID) {\n    customerManagers(filter: { orgUnitId: $orgUnitId, activeOnly: true }, page: { page: 1, pageSize: 100 }) {\n      total\n      items {\n        id\n        employment\n        portfolioSize\n        capacity\n        staff {\n          id\n          name\n        }\n        orgUnit {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.BranchMoveTargetsDocument,
    "\n  query BranchManagerCustomers($filter: CustomerFilter, $page: PageInput) {\n    customers(filter: $filter, page: $page, sort: NAME) {\n      total\n      page\n      pageSize\n      items {\n        id\n        customerNo\n        name\n        tier\n        aum\n        homeOrgUnit {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.BranchManagerCustomersDocument,
    "\n  fragment BranchReassignmentResult on ReassignmentResult {\n    assigned\n    unchanged\n    manager {\n      id\n      portfolioSize\n      staff {\n        id\n        name\n      }\n    }\n    transfer {\n      id\n      status\n      customerCount\n    }\n  }\n": typeof types.BranchReassignmentResultFragmentDoc,
    "\n  mutation BranchAssignCustomers($input: AssignCustomersInput!) {\n    assignCustomers(input: $input) {\n      ...BranchReassignmentResult\n    }\n  }\n": typeof types.BranchAssignCustomersDocument,
    "\n  mutation BranchTransferPortfolio($input: TransferPortfolioInput!) {\n    transferPortfolio(input: $input) {\n      ...BranchReassignmentResult\n    }\n  }\n": typeof types.BranchTransferPortfolioDocument,
    "\n  fragment BranchPortfolioTransfer on PortfolioTransfer {\n    id\n    status\n    reason\n    handoverNote\n    customerCount\n    movedCount\n    requestedAt\n    decidedAt\n    decisionNote\n    version\n    requestedBy {\n      id\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n    fromManager {\n      id\n      staff {\n        id\n        name\n      }\n    }\n    toManager {\n      id\n      staff {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BranchPortfolioTransferFragmentDoc,
    "\n  query BranchPendingTransfers($page: PageInput) {\n    portfolioTransfers(status: PENDING, page: $page) {\n      total\n      items {\n        ...BranchPortfolioTransfer\n      }\n    }\n  }\n": typeof types.BranchPendingTransfersDocument,
    "\n  mutation BranchApproveTransfer($id: ID!, $version: Int!) {\n    approvePortfolioTransfer(id: $id, version: $version) {\n      ...BranchPortfolioTransfer\n    }\n  }\n": typeof types.BranchApproveTransferDocument,
    "\n  mutation BranchRejectTransfer($id: ID!, $version: Int!, $note: String) {\n    rejectPortfolioTransfer(id: $id, version: $version, note: $note) {\n      ...BranchPortfolioTransfer\n    }\n  }\n": typeof types.BranchRejectTransferDocument,
};
const documents: Documents = {
    "\n  fragment BranchRollup on OrgRollup {\n    asOf\n    customers\n    tiers {\n      tier\n      customers\n    }\n    deposits\n    loans\n    weightedAssets\n    contribution\n    avgSatisfaction\n    complaintRate\n    churnRisk\n  }\n": types.BranchRollupFragmentDoc,
    "\n  fragment BranchCockpitUnit on OrgUnit {\n    id\n    name\n    nameEn\n    level\n    parent {\n      id\n      name\n      nameEn\n    }\n    rollup(asOf: $asOf) {\n      ...BranchRollup\n    }\n    childRollups(asOf: $asOf) {\n      orgUnit {\n        id\n        name\n        nameEn\n        level\n      }\n      ...BranchRollup\n    }\n  }\n": types.BranchCockpitUnitFragmentDoc,
    "\n  query BranchMyUnit($asOf: String) {\n    myOrgUnit {\n      ...BranchCockpitUnit\n    }\n  }\n": types.BranchMyUnitDocument,
    "\n  query BranchUnit($id: ID!, $asOf: String) {\n    myOrgUnit {\n      id\n      name\n      nameEn\n    }\n    orgUnit(id: $id) {\n      ...BranchCockpitUnit\n    }\n  }\n": types.BranchUnitDocument,
    "\n  query BranchScoreAsOfDates {\n    scoreAsOfDates\n  }\n": types.BranchScoreAsOfDatesDocument,
    "\n  query BranchTierMovements($asOf: String, $page: PageInput, $orgUnitId: ID) {\n    tierMovements(asOf: $asOf, page: $page, orgUnitId: $orgUnitId) {\n      total\n      page\n      pageSize\n      items {\n        from\n        to\n        customer {\n          id\n          name\n          customerNo\n          homeOrgUnit {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": types.BranchTierMovementsDocument,
    "\n  query BranchChurnRisk($asOf: String, $page: PageInput, $orgUnitId: ID) {\n    churnRiskCustomers(asOf: $asOf, page: $page, orgUnitId: $orgUnitId) {\n      total\n      page\n      pageSize\n      items {\n        customerId\n        asOf\n        tier\n        recencyDays\n        value {\n          depositBalance\n          loanBalance\n          weightedAssets\n        }\n        churnReasons {\n          code\n          percent\n          from\n          to\n          days\n          complaints\n          csat\n        }\n      }\n    }\n  }\n": types.BranchChurnRiskDocument,
    "\n  query BranchChurnCustomers($c0: ID!) {\n    c0: customer(id: $c0) {\n      id\n      name\n      customerNo\n      homeOrgUnit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": types.BranchChurnCustomersDocument,
    "\n  query BranchScorecards($orgUnitId: ID, $period: String!, $page: Int!) {\n    scorecards(orgUnitId: $orgUnitId, period: $period, page: { page: $page, pageSize: 20 }) {\n      total\n      page\n      pageSize\n      items {\n        period\n        customers\n        total\n        scoredWeight\n        manager {\n          id\n          employment\n          grade\n          portfolioSize\n          capacity\n          staff {\n            id\n            name\n          }\n          orgUnit {\n            id\n            name\n            nameEn\n          }\n        }\n        lines {\n          measure\n          penalty\n          actual\n          target\n          achievement\n          weight\n          points\n        }\n      }\n    }\n  }\n": types.BranchScorecardsDocument,
    "\n  query BranchMoveTargets($orgUnitId: ID) {\n    customerManagers(filter: { orgUnitId: $orgUnitId, activeOnly: true }, page: { page: 1, pageSize: 100 }) {\n      total\n      items {\n        id\n        employment\n        portfolioSize\n        capacity\n        staff {\n          id\n          name\n        }\n        orgUnit {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n": types.BranchMoveTargetsDocument,
    "\n  query BranchManagerCustomers($filter: CustomerFilter, $page: PageInput) {\n    customers(filter: $filter, page: $page, sort: NAME) {\n      total\n      page\n      pageSize\n      items {\n        id\n        customerNo\n        name\n        tier\n        aum\n        homeOrgUnit {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n": types.BranchManagerCustomersDocument,
    "\n  fragment BranchReassignmentResult on ReassignmentResult {\n    assigned\n    unchanged\n    manager {\n      id\n      portfolioSize\n      staff {\n        id\n        name\n      }\n    }\n    transfer {\n      id\n      status\n      customerCount\n    }\n  }\n": types.BranchReassignmentResultFragmentDoc,
    "\n  mutation BranchAssignCustomers($input: AssignCustomersInput!) {\n    assignCustomers(input: $input) {\n      ...BranchReassignmentResult\n    }\n  }\n": types.BranchAssignCustomersDocument,
    "\n  mutation BranchTransferPortfolio($input: TransferPortfolioInput!) {\n    transferPortfolio(input: $input) {\n      ...BranchReassignmentResult\n    }\n  }\n": types.BranchTransferPortfolioDocument,
    "\n  fragment BranchPortfolioTransfer on PortfolioTransfer {\n    id\n    status\n    reason\n    handoverNote\n    customerCount\n    movedCount\n    requestedAt\n    decidedAt\n    decisionNote\n    version\n    requestedBy {\n      id\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n    fromManager {\n      id\n      staff {\n        id\n        name\n      }\n    }\n    toManager {\n      id\n      staff {\n        id\n        name\n      }\n    }\n  }\n": types.BranchPortfolioTransferFragmentDoc,
    "\n  query BranchPendingTransfers($page: PageInput) {\n    portfolioTransfers(status: PENDING, page: $page) {\n      total\n      items {\n        ...BranchPortfolioTransfer\n      }\n    }\n  }\n": types.BranchPendingTransfersDocument,
    "\n  mutation BranchApproveTransfer($id: ID!, $version: Int!) {\n    approvePortfolioTransfer(id: $id, version: $version) {\n      ...BranchPortfolioTransfer\n    }\n  }\n": types.BranchApproveTransferDocument,
    "\n  mutation BranchRejectTransfer($id: ID!, $version: Int!, $note: String) {\n    rejectPortfolioTransfer(id: $id, version: $version, note: $note) {\n      ...BranchPortfolioTransfer\n    }\n  }\n": types.BranchRejectTransferDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BranchRollup on OrgRollup {\n    asOf\n    customers\n    tiers {\n      tier\n      customers\n    }\n    deposits\n    loans\n    weightedAssets\n    contribution\n    avgSatisfaction\n    complaintRate\n    churnRisk\n  }\n"): (typeof documents)["\n  fragment BranchRollup on OrgRollup {\n    asOf\n    customers\n    tiers {\n      tier\n      customers\n    }\n    deposits\n    loans\n    weightedAssets\n    contribution\n    avgSatisfaction\n    complaintRate\n    churnRisk\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BranchCockpitUnit on OrgUnit {\n    id\n    name\n    nameEn\n    level\n    parent {\n      id\n      name\n      nameEn\n    }\n    rollup(asOf: $asOf) {\n      ...BranchRollup\n    }\n    childRollups(asOf: $asOf) {\n      orgUnit {\n        id\n        name\n        nameEn\n        level\n      }\n      ...BranchRollup\n    }\n  }\n"): (typeof documents)["\n  fragment BranchCockpitUnit on OrgUnit {\n    id\n    name\n    nameEn\n    level\n    parent {\n      id\n      name\n      nameEn\n    }\n    rollup(asOf: $asOf) {\n      ...BranchRollup\n    }\n    childRollups(asOf: $asOf) {\n      orgUnit {\n        id\n        name\n        nameEn\n        level\n      }\n      ...BranchRollup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchMyUnit($asOf: String) {\n    myOrgUnit {\n      ...BranchCockpitUnit\n    }\n  }\n"): (typeof documents)["\n  query BranchMyUnit($asOf: String) {\n    myOrgUnit {\n      ...BranchCockpitUnit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchUnit($id: ID!, $asOf: String) {\n    myOrgUnit {\n      id\n      name\n      nameEn\n    }\n    orgUnit(id: $id) {\n      ...BranchCockpitUnit\n    }\n  }\n"): (typeof documents)["\n  query BranchUnit($id: ID!, $asOf: String) {\n    myOrgUnit {\n      id\n      name\n      nameEn\n    }\n    orgUnit(id: $id) {\n      ...BranchCockpitUnit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchScoreAsOfDates {\n    scoreAsOfDates\n  }\n"): (typeof documents)["\n  query BranchScoreAsOfDates {\n    scoreAsOfDates\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchTierMovements($asOf: String, $page: PageInput, $orgUnitId: ID) {\n    tierMovements(asOf: $asOf, page: $page, orgUnitId: $orgUnitId) {\n      total\n      page\n      pageSize\n      items {\n        from\n        to\n        customer {\n          id\n          name\n          customerNo\n          homeOrgUnit {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BranchTierMovements($asOf: String, $page: PageInput, $orgUnitId: ID) {\n    tierMovements(asOf: $asOf, page: $page, orgUnitId: $orgUnitId) {\n      total\n      page\n      pageSize\n      items {\n        from\n        to\n        customer {\n          id\n          name\n          customerNo\n          homeOrgUnit {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchChurnRisk($asOf: String, $page: PageInput, $orgUnitId: ID) {\n    churnRiskCustomers(asOf: $asOf, page: $page, orgUnitId: $orgUnitId) {\n      total\n      page\n      pageSize\n      items {\n        customerId\n        asOf\n        tier\n        recencyDays\n        value {\n          depositBalance\n          loanBalance\n          weightedAssets\n        }\n        churnReasons {\n          code\n          percent\n          from\n          to\n          days\n          complaints\n          csat\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BranchChurnRisk($asOf: String, $page: PageInput, $orgUnitId: ID) {\n    churnRiskCustomers(asOf: $asOf, page: $page, orgUnitId: $orgUnitId) {\n      total\n      page\n      pageSize\n      items {\n        customerId\n        asOf\n        tier\n        recencyDays\n        value {\n          depositBalance\n          loanBalance\n          weightedAssets\n        }\n        churnReasons {\n          code\n          percent\n          from\n          to\n          days\n          complaints\n          csat\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchChurnCustomers($c0: ID!) {\n    c0: customer(id: $c0) {\n      id\n      name\n      customerNo\n      homeOrgUnit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query BranchChurnCustomers($c0: ID!) {\n    c0: customer(id: $c0) {\n      id\n      name\n      customerNo\n      homeOrgUnit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchScorecards($orgUnitId: ID, $period: String!, $page: Int!) {\n    scorecards(orgUnitId: $orgUnitId, period: $period, page: { page: $page, pageSize: 20 }) {\n      total\n      page\n      pageSize\n      items {\n        period\n        customers\n        total\n        scoredWeight\n        manager {\n          id\n          employment\n          grade\n          portfolioSize\n          capacity\n          staff {\n            id\n            name\n          }\n          orgUnit {\n            id\n            name\n            nameEn\n          }\n        }\n        lines {\n          measure\n          penalty\n          actual\n          target\n          achievement\n          weight\n          points\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BranchScorecards($orgUnitId: ID, $period: String!, $page: Int!) {\n    scorecards(orgUnitId: $orgUnitId, period: $period, page: { page: $page, pageSize: 20 }) {\n      total\n      page\n      pageSize\n      items {\n        period\n        customers\n        total\n        scoredWeight\n        manager {\n          id\n          employment\n          grade\n          portfolioSize\n          capacity\n          staff {\n            id\n            name\n          }\n          orgUnit {\n            id\n            name\n            nameEn\n          }\n        }\n        lines {\n          measure\n          penalty\n          actual\n          target\n          achievement\n          weight\n          points\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchMoveTargets($orgUnitId: ID) {\n    customerManagers(filter: { orgUnitId: $orgUnitId, activeOnly: true }, page: { page: 1, pageSize: 100 }) {\n      total\n      items {\n        id\n        employment\n        portfolioSize\n        capacity\n        staff {\n          id\n          name\n        }\n        orgUnit {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BranchMoveTargets($orgUnitId: ID) {\n    customerManagers(filter: { orgUnitId: $orgUnitId, activeOnly: true }, page: { page: 1, pageSize: 100 }) {\n      total\n      items {\n        id\n        employment\n        portfolioSize\n        capacity\n        staff {\n          id\n          name\n        }\n        orgUnit {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchManagerCustomers($filter: CustomerFilter, $page: PageInput) {\n    customers(filter: $filter, page: $page, sort: NAME) {\n      total\n      page\n      pageSize\n      items {\n        id\n        customerNo\n        name\n        tier\n        aum\n        homeOrgUnit {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BranchManagerCustomers($filter: CustomerFilter, $page: PageInput) {\n    customers(filter: $filter, page: $page, sort: NAME) {\n      total\n      page\n      pageSize\n      items {\n        id\n        customerNo\n        name\n        tier\n        aum\n        homeOrgUnit {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BranchReassignmentResult on ReassignmentResult {\n    assigned\n    unchanged\n    manager {\n      id\n      portfolioSize\n      staff {\n        id\n        name\n      }\n    }\n    transfer {\n      id\n      status\n      customerCount\n    }\n  }\n"): (typeof documents)["\n  fragment BranchReassignmentResult on ReassignmentResult {\n    assigned\n    unchanged\n    manager {\n      id\n      portfolioSize\n      staff {\n        id\n        name\n      }\n    }\n    transfer {\n      id\n      status\n      customerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BranchAssignCustomers($input: AssignCustomersInput!) {\n    assignCustomers(input: $input) {\n      ...BranchReassignmentResult\n    }\n  }\n"): (typeof documents)["\n  mutation BranchAssignCustomers($input: AssignCustomersInput!) {\n    assignCustomers(input: $input) {\n      ...BranchReassignmentResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BranchTransferPortfolio($input: TransferPortfolioInput!) {\n    transferPortfolio(input: $input) {\n      ...BranchReassignmentResult\n    }\n  }\n"): (typeof documents)["\n  mutation BranchTransferPortfolio($input: TransferPortfolioInput!) {\n    transferPortfolio(input: $input) {\n      ...BranchReassignmentResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BranchPortfolioTransfer on PortfolioTransfer {\n    id\n    status\n    reason\n    handoverNote\n    customerCount\n    movedCount\n    requestedAt\n    decidedAt\n    decisionNote\n    version\n    requestedBy {\n      id\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n    fromManager {\n      id\n      staff {\n        id\n        name\n      }\n    }\n    toManager {\n      id\n      staff {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BranchPortfolioTransfer on PortfolioTransfer {\n    id\n    status\n    reason\n    handoverNote\n    customerCount\n    movedCount\n    requestedAt\n    decidedAt\n    decisionNote\n    version\n    requestedBy {\n      id\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n    fromManager {\n      id\n      staff {\n        id\n        name\n      }\n    }\n    toManager {\n      id\n      staff {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchPendingTransfers($page: PageInput) {\n    portfolioTransfers(status: PENDING, page: $page) {\n      total\n      items {\n        ...BranchPortfolioTransfer\n      }\n    }\n  }\n"): (typeof documents)["\n  query BranchPendingTransfers($page: PageInput) {\n    portfolioTransfers(status: PENDING, page: $page) {\n      total\n      items {\n        ...BranchPortfolioTransfer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BranchApproveTransfer($id: ID!, $version: Int!) {\n    approvePortfolioTransfer(id: $id, version: $version) {\n      ...BranchPortfolioTransfer\n    }\n  }\n"): (typeof documents)["\n  mutation BranchApproveTransfer($id: ID!, $version: Int!) {\n    approvePortfolioTransfer(id: $id, version: $version) {\n      ...BranchPortfolioTransfer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BranchRejectTransfer($id: ID!, $version: Int!, $note: String) {\n    rejectPortfolioTransfer(id: $id, version: $version, note: $note) {\n      ...BranchPortfolioTransfer\n    }\n  }\n"): (typeof documents)["\n  mutation BranchRejectTransfer($id: ID!, $version: Int!, $note: String) {\n    rejectPortfolioTransfer(id: $id, version: $version, note: $note) {\n      ...BranchPortfolioTransfer\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
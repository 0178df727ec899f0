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
    "\n  fragment BranchRollup on OrgRollup {\n    asOf customers tiers { tier customers } deposits loans weightedAssets contribution avgSatisfaction complaintRate churnRisk\n  }\n": typeof types.BranchRollupFragmentDoc,
    "\n  fragment BranchCockpitUnit on OrgUnit {\n    id name nameEn level\n    parent { id name nameEn }\n    rollup(asOf: $asOf) { ...BranchRollup }\n    childRollups(asOf: $asOf) { orgUnit { id name nameEn level } ...BranchRollup }\n  }\n": typeof types.BranchCockpitUnitFragmentDoc,
    "\n  query BranchMyUnit($asOf: String) {\n    myOrgUnit { ...BranchCockpitUnit }\n  }\n": typeof types.BranchMyUnitDocument,
    "\n  query BranchUnit($id: ID!, $asOf: String) {\n    myOrgUnit { id name nameEn }\n    orgUnit(id: $id) { ...BranchCockpitUnit }\n  }\n": typeof types.BranchUnitDocument,
    "\n  query BranchScoreAsOfDates { scoreAsOfDates }\n": typeof types.BranchScoreAsOfDatesDocument,
    "\n  query BranchTierMovements($asOf: String, $page: PageInput) {\n    tierMovements(asOf: $asOf, page: $page) {\n      total page pageSize\n      items { from to customer { id name customerNo homeOrgUnit { id name nameEn } } }\n    }\n  }\n": typeof types.BranchTierMovementsDocument,
    "\n  query BranchChurnRisk($asOf: String, $page: PageInput) {\n    churnRiskCustomers(asOf: $asOf, page: $page) {\n      total page pageSize\n      items {\n        customerId asOf tier recencyDays value { depositBalance loanBalance weightedAssets }\n        churnReasons { code percent from to days complaints csat }\n      }\n    }\n  }\n": typeof types.BranchChurnRiskDocument,
    "\n  query BranchChurnCustomers($c0: ID!) {\n    c0: customer(id: $c0) { id name customerNo homeOrgUnit { id name nameEn } }\n  }\n": typeof types.BranchChurnCustomersDocument,
};
const documents: Documents = {
    "\n  fragment BranchRollup on OrgRollup {\n    asOf customers tiers { tier customers } deposits loans weightedAssets contribution avgSatisfaction complaintRate churnRisk\n  }\n": types.BranchRollupFragmentDoc,
    "\n  fragment BranchCockpitUnit on OrgUnit {\n    id name nameEn level\n    parent { id name nameEn }\n    rollup(asOf: $asOf) { ...BranchRollup }\n    childRollups(asOf: $asOf) { orgUnit { id name nameEn level } ...BranchRollup }\n  }\n": types.BranchCockpitUnitFragmentDoc,
    "\n  query BranchMyUnit($asOf: String) {\n    myOrgUnit { ...BranchCockpitUnit }\n  }\n": types.BranchMyUnitDocument,
    "\n  query BranchUnit($id: ID!, $asOf: String) {\n    myOrgUnit { id name nameEn }\n    orgUnit(id: $id) { ...BranchCockpitUnit }\n  }\n": types.BranchUnitDocument,
    "\n  query BranchScoreAsOfDates { scoreAsOfDates }\n": types.BranchScoreAsOfDatesDocument,
    "\n  query BranchTierMovements($asOf: String, $page: PageInput) {\n    tierMovements(asOf: $asOf, page: $page) {\n      total page pageSize\n      items { from to customer { id name customerNo homeOrgUnit { id name nameEn } } }\n    }\n  }\n": types.BranchTierMovementsDocument,
    "\n  query BranchChurnRisk($asOf: String, $page: PageInput) {\n    churnRiskCustomers(asOf: $asOf, page: $page) {\n      total page pageSize\n      items {\n        customerId asOf tier recencyDays value { depositBalance loanBalance weightedAssets }\n        churnReasons { code percent from to days complaints csat }\n      }\n    }\n  }\n": types.BranchChurnRiskDocument,
    "\n  query BranchChurnCustomers($c0: ID!) {\n    c0: customer(id: $c0) { id name customerNo homeOrgUnit { id name nameEn } }\n  }\n": types.BranchChurnCustomersDocument,
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
export function graphql(source: "\n  fragment BranchRollup on OrgRollup {\n    asOf customers tiers { tier customers } deposits loans weightedAssets contribution avgSatisfaction complaintRate churnRisk\n  }\n"): (typeof documents)["\n  fragment BranchRollup on OrgRollup {\n    asOf customers tiers { tier customers } deposits loans weightedAssets contribution avgSatisfaction complaintRate churnRisk\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BranchCockpitUnit on OrgUnit {\n    id name nameEn level\n    parent { id name nameEn }\n    rollup(asOf: $asOf) { ...BranchRollup }\n    childRollups(asOf: $asOf) { orgUnit { id name nameEn level } ...BranchRollup }\n  }\n"): (typeof documents)["\n  fragment BranchCockpitUnit on OrgUnit {\n    id name nameEn level\n    parent { id name nameEn }\n    rollup(asOf: $asOf) { ...BranchRollup }\n    childRollups(asOf: $asOf) { orgUnit { id name nameEn level } ...BranchRollup }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchMyUnit($asOf: String) {\n    myOrgUnit { ...BranchCockpitUnit }\n  }\n"): (typeof documents)["\n  query BranchMyUnit($asOf: String) {\n    myOrgUnit { ...BranchCockpitUnit }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchUnit($id: ID!, $asOf: String) {\n    myOrgUnit { id name nameEn }\n    orgUnit(id: $id) { ...BranchCockpitUnit }\n  }\n"): (typeof documents)["\n  query BranchUnit($id: ID!, $asOf: String) {\n    myOrgUnit { id name nameEn }\n    orgUnit(id: $id) { ...BranchCockpitUnit }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchScoreAsOfDates { scoreAsOfDates }\n"): (typeof documents)["\n  query BranchScoreAsOfDates { scoreAsOfDates }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchTierMovements($asOf: String, $page: PageInput) {\n    tierMovements(asOf: $asOf, page: $page) {\n      total page pageSize\n      items { from to customer { id name customerNo homeOrgUnit { id name nameEn } } }\n    }\n  }\n"): (typeof documents)["\n  query BranchTierMovements($asOf: String, $page: PageInput) {\n    tierMovements(asOf: $asOf, page: $page) {\n      total page pageSize\n      items { from to customer { id name customerNo homeOrgUnit { id name nameEn } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchChurnRisk($asOf: String, $page: PageInput) {\n    churnRiskCustomers(asOf: $asOf, page: $page) {\n      total page pageSize\n      items {\n        customerId asOf tier recencyDays value { depositBalance loanBalance weightedAssets }\n        churnReasons { code percent from to days complaints csat }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BranchChurnRisk($asOf: String, $page: PageInput) {\n    churnRiskCustomers(asOf: $asOf, page: $page) {\n      total page pageSize\n      items {\n        customerId asOf tier recencyDays value { depositBalance loanBalance weightedAssets }\n        churnReasons { code percent from to days complaints csat }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchChurnCustomers($c0: ID!) {\n    c0: customer(id: $c0) { id name customerNo homeOrgUnit { id name nameEn } }\n  }\n"): (typeof documents)["\n  query BranchChurnCustomers($c0: ID!) {\n    c0: customer(id: $c0) { id name customerNo homeOrgUnit { id name nameEn } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
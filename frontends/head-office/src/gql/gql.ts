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
    "\n  fragment HeadOfficeRollupFields on OrgRollup {\n    orgUnit {\n      id\n      name\n      nameEn\n      level\n    }\n    asOf\n    customers\n    tiers {\n      tier\n      customers\n    }\n    deposits\n    loans\n    weightedAssets\n    contribution\n    avgSatisfaction\n    complaintRate\n    churnRisk\n  }\n": typeof types.HeadOfficeRollupFieldsFragmentDoc,
    "\n  query HeadOfficeDashboard($asOf: String) {\n    scoreAsOfDates\n    activeTierPolicy {\n      id\n      scheme\n      name\n      nameEn\n      policyVersion\n    }\n    myOrgUnit {\n      id\n      name\n      nameEn\n      level\n      rollup(asOf: $asOf) {\n        ...HeadOfficeRollupFields\n      }\n      childRollups(asOf: $asOf) {\n        ...HeadOfficeRollupFields\n      }\n    }\n  }\n": typeof types.HeadOfficeDashboardDocument,
    "\n  query HeadOfficeTrends($a0: String) {\n    myOrgUnit {\n      id\n      r0: rollup(asOf: $a0) {\n        asOf\n        customers\n        deposits\n        loans\n        weightedAssets\n        contribution\n        tiers {\n          tier\n          customers\n        }\n      }\n    }\n  }\n": typeof types.HeadOfficeTrendsDocument,
    "\n  fragment HeadOfficePolicyFields on TierPolicy {\n    id\n    scheme\n    policyVersion\n    name\n    nameEn\n    status\n    effectiveFrom\n    rules {\n      tier\n      condition\n    }\n    assetCoefficients {\n      deposit\n      wealth\n      timeDeposit\n    }\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    approvedBy {\n      id\n      name\n    }\n    approvedAt\n    version\n  }\n": typeof types.HeadOfficePolicyFieldsFragmentDoc,
    "\n  query HeadOfficeTierPolicies {\n    tierPolicies {\n      ...HeadOfficePolicyFields\n    }\n  }\n": typeof types.HeadOfficeTierPoliciesDocument,
    "\n  query HeadOfficePreviewTierPolicy($input: TierPolicyInput!, $asOf: String) {\n    previewTierPolicy(input: $input, asOf: $asOf) {\n      asOf\n      customers\n      moving\n      moves {\n        from\n        to\n        customers\n      }\n      before {\n        tier\n        customers\n      }\n      after {\n        tier\n        customers\n      }\n    }\n  }\n": typeof types.HeadOfficePreviewTierPolicyDocument,
    "\n  mutation HeadOfficeSaveTierPolicyDraft($input: TierPolicyInput!) {\n    saveTierPolicyDraft(input: $input) {\n      ...HeadOfficePolicyFields\n    }\n  }\n": typeof types.HeadOfficeSaveTierPolicyDraftDocument,
    "\n  mutation HeadOfficeApproveTierPolicy($id: ID!, $version: Int!) {\n    approveTierPolicy(id: $id, version: $version) {\n      ...HeadOfficePolicyFields\n    }\n  }\n": typeof types.HeadOfficeApproveTierPolicyDocument,
    "\n  fragment HeadOfficeJobFields on ScoreJob {\n    id\n    asOf\n    status\n    totalCustomers\n    processedCustomers\n    startedBy {\n      id\n      name\n    }\n    startedAt\n    finishedAt\n    error\n  }\n": typeof types.HeadOfficeJobFieldsFragmentDoc,
    "\n  query HeadOfficeLatestScoreJob {\n    latestScoreJob {\n      ...HeadOfficeJobFields\n    }\n  }\n": typeof types.HeadOfficeLatestScoreJobDocument,
    "\n  query HeadOfficeScoreJob($id: ID!) {\n    scoreJob(id: $id) {\n      ...HeadOfficeJobFields\n    }\n  }\n": typeof types.HeadOfficeScoreJobDocument,
    "\n  mutation HeadOfficeStartScoreRecompute($asOf: String) {\n    startScoreRecompute(asOf: $asOf) {\n      ...HeadOfficeJobFields\n    }\n  }\n": typeof types.HeadOfficeStartScoreRecomputeDocument,
};
const documents: Documents = {
    "\n  fragment HeadOfficeRollupFields on OrgRollup {\n    orgUnit {\n      id\n      name\n      nameEn\n      level\n    }\n    asOf\n    customers\n    tiers {\n      tier\n      customers\n    }\n    deposits\n    loans\n    weightedAssets\n    contribution\n    avgSatisfaction\n    complaintRate\n    churnRisk\n  }\n": types.HeadOfficeRollupFieldsFragmentDoc,
    "\n  query HeadOfficeDashboard($asOf: String) {\n    scoreAsOfDates\n    activeTierPolicy {\n      id\n      scheme\n      name\n      nameEn\n      policyVersion\n    }\n    myOrgUnit {\n      id\n      name\n      nameEn\n      level\n      rollup(asOf: $asOf) {\n        ...HeadOfficeRollupFields\n      }\n      childRollups(asOf: $asOf) {\n        ...HeadOfficeRollupFields\n      }\n    }\n  }\n": types.HeadOfficeDashboardDocument,
    "\n  query HeadOfficeTrends($a0: String) {\n    myOrgUnit {\n      id\n      r0: rollup(asOf: $a0) {\n        asOf\n        customers\n        deposits\n        loans\n        weightedAssets\n        contribution\n        tiers {\n          tier\n          customers\n        }\n      }\n    }\n  }\n": types.HeadOfficeTrendsDocument,
    "\n  fragment HeadOfficePolicyFields on TierPolicy {\n    id\n    scheme\n    policyVersion\n    name\n    nameEn\n    status\n    effectiveFrom\n    rules {\n      tier\n      condition\n    }\n    assetCoefficients {\n      deposit\n      wealth\n      timeDeposit\n    }\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    approvedBy {\n      id\n      name\n    }\n    approvedAt\n    version\n  }\n": types.HeadOfficePolicyFieldsFragmentDoc,
    "\n  query HeadOfficeTierPolicies {\n    tierPolicies {\n      ...HeadOfficePolicyFields\n    }\n  }\n": types.HeadOfficeTierPoliciesDocument,
    "\n  query HeadOfficePreviewTierPolicy($input: TierPolicyInput!, $asOf: String) {\n    previewTierPolicy(input: $input, asOf: $asOf) {\n      asOf\n      customers\n      moving\n      moves {\n        from\n        to\n        customers\n      }\n      before {\n        tier\n        customers\n      }\n      after {\n        tier\n        customers\n      }\n    }\n  }\n": types.HeadOfficePreviewTierPolicyDocument,
    "\n  mutation HeadOfficeSaveTierPolicyDraft($input: TierPolicyInput!) {\n    saveTierPolicyDraft(input: $input) {\n      ...HeadOfficePolicyFields\n    }\n  }\n": types.HeadOfficeSaveTierPolicyDraftDocument,
    "\n  mutation HeadOfficeApproveTierPolicy($id: ID!, $version: Int!) {\n    approveTierPolicy(id: $id, version: $version) {\n      ...HeadOfficePolicyFields\n    }\n  }\n": types.HeadOfficeApproveTierPolicyDocument,
    "\n  fragment HeadOfficeJobFields on ScoreJob {\n    id\n    asOf\n    status\n    totalCustomers\n    processedCustomers\n    startedBy {\n      id\n      name\n    }\n    startedAt\n    finishedAt\n    error\n  }\n": types.HeadOfficeJobFieldsFragmentDoc,
    "\n  query HeadOfficeLatestScoreJob {\n    latestScoreJob {\n      ...HeadOfficeJobFields\n    }\n  }\n": types.HeadOfficeLatestScoreJobDocument,
    "\n  query HeadOfficeScoreJob($id: ID!) {\n    scoreJob(id: $id) {\n      ...HeadOfficeJobFields\n    }\n  }\n": types.HeadOfficeScoreJobDocument,
    "\n  mutation HeadOfficeStartScoreRecompute($asOf: String) {\n    startScoreRecompute(asOf: $asOf) {\n      ...HeadOfficeJobFields\n    }\n  }\n": types.HeadOfficeStartScoreRecomputeDocument,
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
export function graphql(source: "\n  fragment HeadOfficeRollupFields on OrgRollup {\n    orgUnit {\n      id\n      name\n      nameEn\n      level\n    }\n    asOf\n    customers\n    tiers {\n      tier\n      customers\n    }\n    deposits\n    loans\n    weightedAssets\n    contribution\n    avgSatisfaction\n    complaintRate\n    churnRisk\n  }\n"): (typeof documents)["\n  fragment HeadOfficeRollupFields on OrgRollup {\n    orgUnit {\n      id\n      name\n      nameEn\n      level\n    }\n    asOf\n    customers\n    tiers {\n      tier\n      customers\n    }\n    deposits\n    loans\n    weightedAssets\n    contribution\n    avgSatisfaction\n    complaintRate\n    churnRisk\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeadOfficeDashboard($asOf: String) {\n    scoreAsOfDates\n    activeTierPolicy {\n      id\n      scheme\n      name\n      nameEn\n      policyVersion\n    }\n    myOrgUnit {\n      id\n      name\n      nameEn\n      level\n      rollup(asOf: $asOf) {\n        ...HeadOfficeRollupFields\n      }\n      childRollups(asOf: $asOf) {\n        ...HeadOfficeRollupFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query HeadOfficeDashboard($asOf: String) {\n    scoreAsOfDates\n    activeTierPolicy {\n      id\n      scheme\n      name\n      nameEn\n      policyVersion\n    }\n    myOrgUnit {\n      id\n      name\n      nameEn\n      level\n      rollup(asOf: $asOf) {\n        ...HeadOfficeRollupFields\n      }\n      childRollups(asOf: $asOf) {\n        ...HeadOfficeRollupFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeadOfficeTrends($a0: String) {\n    myOrgUnit {\n      id\n      r0: rollup(asOf: $a0) {\n        asOf\n        customers\n        deposits\n        loans\n        weightedAssets\n        contribution\n        tiers {\n          tier\n          customers\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HeadOfficeTrends($a0: String) {\n    myOrgUnit {\n      id\n      r0: rollup(asOf: $a0) {\n        asOf\n        customers\n        deposits\n        loans\n        weightedAssets\n        contribution\n        tiers {\n          tier\n          customers\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HeadOfficePolicyFields on TierPolicy {\n    id\n    scheme\n    policyVersion\n    name\n    nameEn\n    status\n    effectiveFrom\n    rules {\n      tier\n      condition\n    }\n    assetCoefficients {\n      deposit\n      wealth\n      timeDeposit\n    }\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    approvedBy {\n      id\n      name\n    }\n    approvedAt\n    version\n  }\n"): (typeof documents)["\n  fragment HeadOfficePolicyFields on TierPolicy {\n    id\n    scheme\n    policyVersion\n    name\n    nameEn\n    status\n    effectiveFrom\n    rules {\n      tier\n      condition\n    }\n    assetCoefficients {\n      deposit\n      wealth\n      timeDeposit\n    }\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    approvedBy {\n      id\n      name\n    }\n    approvedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeadOfficeTierPolicies {\n    tierPolicies {\n      ...HeadOfficePolicyFields\n    }\n  }\n"): (typeof documents)["\n  query HeadOfficeTierPolicies {\n    tierPolicies {\n      ...HeadOfficePolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeadOfficePreviewTierPolicy($input: TierPolicyInput!, $asOf: String) {\n    previewTierPolicy(input: $input, asOf: $asOf) {\n      asOf\n      customers\n      moving\n      moves {\n        from\n        to\n        customers\n      }\n      before {\n        tier\n        customers\n      }\n      after {\n        tier\n        customers\n      }\n    }\n  }\n"): (typeof documents)["\n  query HeadOfficePreviewTierPolicy($input: TierPolicyInput!, $asOf: String) {\n    previewTierPolicy(input: $input, asOf: $asOf) {\n      asOf\n      customers\n      moving\n      moves {\n        from\n        to\n        customers\n      }\n      before {\n        tier\n        customers\n      }\n      after {\n        tier\n        customers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HeadOfficeSaveTierPolicyDraft($input: TierPolicyInput!) {\n    saveTierPolicyDraft(input: $input) {\n      ...HeadOfficePolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation HeadOfficeSaveTierPolicyDraft($input: TierPolicyInput!) {\n    saveTierPolicyDraft(input: $input) {\n      ...HeadOfficePolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HeadOfficeApproveTierPolicy($id: ID!, $version: Int!) {\n    approveTierPolicy(id: $id, version: $version) {\n      ...HeadOfficePolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation HeadOfficeApproveTierPolicy($id: ID!, $version: Int!) {\n    approveTierPolicy(id: $id, version: $version) {\n      ...HeadOfficePolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HeadOfficeJobFields on ScoreJob {\n    id\n    asOf\n    status\n    totalCustomers\n    processedCustomers\n    startedBy {\n      id\n      name\n    }\n    startedAt\n    finishedAt\n    error\n  }\n"): (typeof documents)["\n  fragment HeadOfficeJobFields on ScoreJob {\n    id\n    asOf\n    status\n    totalCustomers\n    processedCustomers\n    startedBy {\n      id\n      name\n    }\n    startedAt\n    finishedAt\n    error\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeadOfficeLatestScoreJob {\n    latestScoreJob {\n      ...HeadOfficeJobFields\n    }\n  }\n"): (typeof documents)["\n  query HeadOfficeLatestScoreJob {\n    latestScoreJob {\n      ...HeadOfficeJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeadOfficeScoreJob($id: ID!) {\n    scoreJob(id: $id) {\n      ...HeadOfficeJobFields\n    }\n  }\n"): (typeof documents)["\n  query HeadOfficeScoreJob($id: ID!) {\n    scoreJob(id: $id) {\n      ...HeadOfficeJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HeadOfficeStartScoreRecompute($asOf: String) {\n    startScoreRecompute(asOf: $asOf) {\n      ...HeadOfficeJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation HeadOfficeStartScoreRecompute($asOf: String) {\n    startScoreRecompute(asOf: $asOf) {\n      ...HeadOfficeJobFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
import { gql } from 'urql';
import type { Tier, TierPolicy, TierPolicyInput } from './policy.model';

const POLICY_FIELDS = `
  fragment HeadOfficePolicyFields on TierPolicy {
    id
    scheme
    policyVersion
    name
    status
    effectiveFrom
    rules { tier condition description }
    assetCoefficients { deposit wealth timeDeposit }
    createdBy { id name }
    createdAt
    approvedBy { id name }
    approvedAt
    version
  }
`;

export interface PoliciesData { tierPolicies: TierPolicy[] }
export const PoliciesQuery = gql`
  query HeadOfficeTierPolicies {
    tierPolicies { ...HeadOfficePolicyFields }
  }
  ${POLICY_FIELDS}
`;

export interface TierMove { from: Tier | null; to: Tier; customers: number }
export interface TierCount { tier: Tier; customers: number }
export interface TierPolicyPreview { asOf: string; customers: number; moving: number; moves: TierMove[]; before: TierCount[]; after: TierCount[] }
export interface PreviewData { previewTierPolicy: TierPolicyPreview }
export interface PreviewVars { input: TierPolicyInput; asOf?: string | null }
export const PreviewQuery = gql`
  query HeadOfficePreviewTierPolicy($input: TierPolicyInput!, $asOf: String) {
    previewTierPolicy(input: $input, asOf: $asOf) {
      asOf
      customers
      moving
      moves { from to customers }
      before { tier customers }
      after { tier customers }
    }
  }
`;

export interface SaveDraftData { saveTierPolicyDraft: TierPolicy }
export const SaveDraftMutation = gql`
  mutation HeadOfficeSaveTierPolicyDraft($input: TierPolicyInput!) {
    saveTierPolicyDraft(input: $input) { ...HeadOfficePolicyFields }
  }
  ${POLICY_FIELDS}
`;

export interface ApproveData { approveTierPolicy: TierPolicy }
export const ApproveMutation = gql`
  mutation HeadOfficeApproveTierPolicy($id: ID!, $version: Int!) {
    approveTierPolicy(id: $id, version: $version) { ...HeadOfficePolicyFields }
  }
  ${POLICY_FIELDS}
`;

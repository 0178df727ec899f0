import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

// Every type here is generated from the supergraph (src/gql/, `pnpm codegen`) or derived with ResultOf.
export const PolicyFields = graphql(`
  fragment HeadOfficePolicyFields on TierPolicy {
    id
    scheme
    policyVersion
    name
    nameEn
    status
    effectiveFrom
    rules {
      tier
      condition
    }
    assetCoefficients {
      deposit
      wealth
      timeDeposit
    }
    createdBy {
      id
      name
    }
    createdAt
    approvedBy {
      id
      name
    }
    approvedAt
    version
  }
`);
export type TierPolicy = ResultOf<typeof PolicyFields>;
export type TierRule = TierPolicy['rules'][number];

export const PoliciesQuery = graphql(`
  query HeadOfficeTierPolicies {
    tierPolicies {
      ...HeadOfficePolicyFields
    }
  }
`);

export const PreviewQuery = graphql(`
  query HeadOfficePreviewTierPolicy($input: TierPolicyInput!, $asOf: String) {
    previewTierPolicy(input: $input, asOf: $asOf) {
      asOf
      customers
      moving
      moves {
        from
        to
        customers
      }
      before {
        tier
        customers
      }
      after {
        tier
        customers
      }
    }
  }
`);
export type TierPolicyPreview = ResultOf<typeof PreviewQuery>['previewTierPolicy'];
export type TierMove = TierPolicyPreview['moves'][number];

export const SaveDraftMutation = graphql(`
  mutation HeadOfficeSaveTierPolicyDraft($input: TierPolicyInput!) {
    saveTierPolicyDraft(input: $input) {
      ...HeadOfficePolicyFields
    }
  }
`);

export const ApproveMutation = graphql(`
  mutation HeadOfficeApproveTierPolicy($id: ID!, $version: Int!) {
    approveTierPolicy(id: $id, version: $version) {
      ...HeadOfficePolicyFields
    }
  }
`);

import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

// The signed-in manager's competency record: the latest submitted or acknowledged assessment (scores,
// the trainer's evidence, the model version it was made with) and the earlier ones.
export type { CompetencyDimension, AssessmentStatus } from '../gql/graphql';

export const AssessmentFields = graphql(`
  fragment ManagerAssessment on Assessment {
    id
    status
    overall
    assessedAt
    submittedAt
    acknowledgedAt
    managerComment
    version
    manager {
      id
    }
    assessor {
      id
      name
    }
    model {
      id
      modelVersion
      dimensions {
        dimension
        name
        nameEn
        weight
        levels {
          level
          descriptor
          descriptorEn
        }
        targets {
          grade
          level
        }
      }
    }
    scores {
      dimension
      score
      evidence
    }
  }
`);
export type Assessment = ResultOf<typeof AssessmentFields>;

export const MyAssessmentQuery = graphql(`
  query ManagerMyAssessment($id: ID!) {
    customerManager(id: $id) {
      id
      grade
      latestAssessment {
        ...ManagerAssessment
      }
      competencyHistory {
        assessmentId
        submittedAt
        status
        overall
        modelVersion
      }
    }
  }
`);
export type MyAssessmentData = ResultOf<typeof MyAssessmentQuery>;

export const AcknowledgeMutation = graphql(`
  mutation ManagerAcknowledgeAssessment($id: ID!, $version: Int!, $comment: String) {
    acknowledgeAssessment(id: $id, version: $version, comment: $comment) {
      ...ManagerAssessment
    }
  }
`);

import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

// One manager as training sees them: the record of assessments, the radar over time, gaps and plan.
// Every type is generated from the supergraph (src/gql/) or derived with ResultOf.

export const ManagerQuery = graphql(`
  query TrainingManager($id: ID!) {
    customerManager(id: $id) {
      id
      grade
      employment
      staff {
        id
        name
        position
      }
      orgUnit {
        id
        name
        nameEn
      }
      assessments {
        id
        status
        overall
        assessedAt
        submittedAt
        acknowledgedAt
        managerComment
        assessor {
          id
          name
        }
        scores {
          dimension
          score
          evidence
        }
      }
      competencyHistory {
        assessmentId
        submittedAt
        status
        overall
        modelVersion
        scores {
          dimension
          score
        }
      }
      competencyGaps {
        dimension
        score
        target
        gap
      }
      trainingPlan {
        ...TrainingPlanItemFields
      }
    }
    competencyModel {
      id
      modelVersion
      dimensions {
        dimension
        targets {
          grade
          level
        }
      }
    }
  }
`);
export type ManagerDetail = ResultOf<typeof ManagerQuery>['customerManager'];
export type AssessmentRecord = ManagerDetail['assessments'][number];
export type HistoryPoint = ManagerDetail['competencyHistory'][number];
export type ModelTargets = ResultOf<typeof ManagerQuery>['competencyModel'];

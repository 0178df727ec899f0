import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

// The assessment form's documents. Every type is generated from the supergraph (src/gql/) or derived with ResultOf.

export const ModelFields = graphql(`
  fragment TrainingModelFields on CompetencyModel {
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
`);
export type Model = ResultOf<typeof ModelFields>;
export type Requirement = Model['dimensions'][number];

/** The manager, their assessments (an open draft to continue) and the model in effect (for a new one). */
export const AssessFormQuery = graphql(`
  query TrainingAssessForm($id: ID!) {
    customerManager(id: $id) {
      id
      grade
      staff {
        id
        name
      }
      orgUnit {
        id
        name
        nameEn
      }
      assessments {
        id
        status
        version
        assessor {
          id
          name
        }
        model {
          ...TrainingModelFields
        }
        scores {
          dimension
          score
          evidence
        }
      }
    }
    competencyModel {
      ...TrainingModelFields
    }
  }
`);
export type FormManager = ResultOf<typeof AssessFormQuery>['customerManager'];

export const SaveDraftMutation = graphql(`
  mutation TrainingSaveAssessmentDraft($input: SaveAssessmentDraftInput!) {
    saveAssessmentDraft(input: $input) {
      id
      status
      version
      overall
      scores {
        dimension
        score
        evidence
      }
    }
  }
`);
export type DraftInput = VariablesOf<typeof SaveDraftMutation>['input'];
export type ScoreInput = DraftInput['scores'][number];

export const SubmitMutation = graphql(`
  mutation TrainingSubmitAssessment($id: ID!, $version: Int!) {
    submitAssessment(id: $id, version: $version) {
      id
      status
      version
      overall
      submittedAt
    }
  }
`);

import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

export const OutcomePointFields = graphql(`
  fragment TrainingOutcomePoint on CompetencyOutcomePoint {
    score
    outcome
    manager {
      id
      staff {
        id
        name
      }
    }
  }
`);
export type OutcomePoint = ResultOf<typeof OutcomePointFields>;

/** Each dimension's scores against the managers' scorecard totals of a month, across a unit (default: the caller's). */
export const CompetencyOutcomeQuery = graphql(`
  query TrainingCompetencyOutcome($orgUnitId: ID, $period: String!) {
    competencyVsOutcome(orgUnitId: $orgUnitId, period: $period) {
      period
      orgUnit {
        id
        name
        nameEn
      }
      managers
      dimensions {
        dimension
        correlation
        points {
          ...TrainingOutcomePoint
        }
      }
      overall {
        correlation
        points {
          ...TrainingOutcomePoint
        }
      }
    }
  }
`);
export type CompetencyOutcome = ResultOf<typeof CompetencyOutcomeQuery>['competencyVsOutcome'];

import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

/** Per dimension over a unit's active managers (default: the caller's): assessed, mean score and target, below target. */
export const TeamGapsQuery = graphql(`
  query TrainingTeamGaps($orgUnitId: ID) {
    teamCompetencyGaps(orgUnitId: $orgUnitId) {
      orgUnit {
        id
        name
        nameEn
      }
      managers
      managersAssessed
      dimensions {
        dimension
        managersAssessed
        meanScore
        meanTarget
        belowTarget
      }
    }
  }
`);
export type TeamGaps = ResultOf<typeof TeamGapsQuery>['teamCompetencyGaps'];
export type TeamDimension = TeamGaps['dimensions'][number];

import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

// The scorecard (考核) of the signed-in manager for one Beijing month, against their targets.
export type { ScorecardMeasure } from '../gql/graphql';

export const ScorecardQuery = graphql(`
  query ManagerScorecard($id: ID!, $period: String!) {
    customerManager(id: $id) {
      id
      scorecard(period: $period) {
        period
        from
        to
        customers
        total
        scoredWeight
        surveys
        tasksDue
        tasksOnTime
        lines {
          measure
          penalty
          actual
          target
          achievement
          weight
          points
        }
        weights {
          id
          version
          effectiveFrom
        }
        targets {
          period
          version
        }
      }
    }
  }
`);
export type Scorecard = NonNullable<ResultOf<typeof ScorecardQuery>['customerManager']['scorecard']>;
export type ScorecardLine = Scorecard['lines'][number];

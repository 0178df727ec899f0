import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

export type { ScoreJobStatus } from '../gql/graphql';

export const JobFields = graphql(`
  fragment HeadOfficeJobFields on ScoreJob {
    id
    asOf
    status
    totalCustomers
    processedCustomers
    startedBy {
      id
      name
    }
    startedAt
    finishedAt
    error
  }
`);
export type ScoreJob = ResultOf<typeof JobFields>;

export const LatestJobQuery = graphql(`
  query HeadOfficeLatestScoreJob {
    latestScoreJob {
      ...HeadOfficeJobFields
    }
  }
`);
export const JobQuery = graphql(`
  query HeadOfficeScoreJob($id: ID!) {
    scoreJob(id: $id) {
      ...HeadOfficeJobFields
    }
  }
`);
export const StartRecomputeMutation = graphql(`
  mutation HeadOfficeStartScoreRecompute($asOf: String) {
    startScoreRecompute(asOf: $asOf) {
      ...HeadOfficeJobFields
    }
  }
`);

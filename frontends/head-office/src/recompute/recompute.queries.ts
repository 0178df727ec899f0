import { gql } from 'urql';

export type ScoreJobStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED';
export interface ScoreJob {
  id: string; asOf: string; status: ScoreJobStatus; totalCustomers: number; processedCustomers: number;
  startedBy: { id: string; name: string }; startedAt: string; finishedAt: string | null; error: string | null;
}

const JOB_FIELDS = `
  fragment HeadOfficeJobFields on ScoreJob {
    id asOf status totalCustomers processedCustomers startedBy { id name } startedAt finishedAt error
  }
`;

export const LatestJobQuery = gql`
  query HeadOfficeLatestScoreJob { latestScoreJob { ...HeadOfficeJobFields } }
  ${JOB_FIELDS}
`;
export const JobQuery = gql`
  query HeadOfficeScoreJob($id: ID!) { scoreJob(id: $id) { ...HeadOfficeJobFields } }
  ${JOB_FIELDS}
`;
export const StartRecomputeMutation = gql`
  mutation HeadOfficeStartScoreRecompute($asOf: String) { startScoreRecompute(asOf: $asOf) { ...HeadOfficeJobFields } }
  ${JOB_FIELDS}
`;

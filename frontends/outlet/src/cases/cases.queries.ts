import { gql } from 'urql';
import type { CaseSeverity, CaseStatus, PageInput, ServiceCaseSummary } from '../customer360/customer360.queries';
import { CaseSummaryFields } from '../customer360/customer360.queries';

export interface ServiceCaseQueueFilter { status?: CaseStatus[]; severity?: CaseSeverity[]; breachedOnly?: boolean }
export interface QueueCase extends ServiceCaseSummary {
  description: string; rootCause: string | null; resolution: string | null;
  customer: { id: string; customerNo: string; name: string };
}
export interface CaseQueueData { serviceCaseQueue: { items: QueueCase[]; total: number; page: number; pageSize: number } }
export interface CaseQueueVars { filter: ServiceCaseQueueFilter; page: PageInput }

export const CaseQueueQuery = gql`
  query OutletCaseQueue($filter: ServiceCaseQueueFilter, $page: PageInput) {
    serviceCaseQueue(filter: $filter, page: $page) {
      total page pageSize
      items { ...OutletCaseSummary description rootCause resolution customer { id customerNo name } }
    }
  }
  ${CaseSummaryFields}
`;

const caseResult = 'id status version slaDueAt slaBreached escalationLevel rootCause resolution handlingOrgUnit { id name nameEn }';
export const AcknowledgeCaseMutation = gql`
  mutation OutletAcknowledgeCase($id: ID!, $version: Int!, $note: String) { acknowledgeServiceCase(id: $id, version: $version, note: $note) { ${caseResult} } }
`;
export const EscalateCaseMutation = gql`
  mutation OutletEscalateCase($id: ID!, $version: Int!, $reason: String!) { escalateServiceCase(id: $id, version: $version, reason: $reason) { ${caseResult} } }
`;
export const ResolveCaseMutation = gql`
  mutation OutletResolveCase($id: ID!, $version: Int!, $rootCause: String!, $resolution: String!) {
    resolveServiceCase(id: $id, version: $version, rootCause: $rootCause, resolution: $resolution) { ${caseResult} }
  }
`;
export const CloseCaseMutation = gql`
  mutation OutletCloseCase($id: ID!, $version: Int!, $note: String) { closeServiceCase(id: $id, version: $version, note: $note) { ${caseResult} } }
`;

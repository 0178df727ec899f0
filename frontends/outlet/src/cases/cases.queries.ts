import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

export type { ServiceCaseQueueFilter } from '../gql/graphql';

export const CaseQueueQuery = graphql(`
  query OutletCaseQueue($filter: ServiceCaseQueueFilter, $page: PageInput) {
    serviceCaseQueue(filter: $filter, page: $page) {
      total
      page
      pageSize
      items {
        ...OutletCaseSummary
        description
        rootCause
        resolution
        customer {
          id
          customerNo
          name
        }
      }
    }
  }
`);
export type QueueCase = ResultOf<typeof CaseQueueQuery>['serviceCaseQueue']['items'][number];

// every case action answers with the same fields: the queue row's new state
export const CaseActionResult = graphql(`
  fragment OutletCaseActionResult on ServiceCase {
    id
    status
    version
    slaDueAt
    slaBreached
    escalationLevel
    rootCause
    resolution
    handlingOrgUnit {
      id
      name
      nameEn
    }
  }
`);
export const AcknowledgeCaseMutation = graphql(`
  mutation OutletAcknowledgeCase($id: ID!, $version: Int!, $note: String) {
    acknowledgeServiceCase(id: $id, version: $version, note: $note) {
      ...OutletCaseActionResult
    }
  }
`);
export const EscalateCaseMutation = graphql(`
  mutation OutletEscalateCase($id: ID!, $version: Int!, $reason: String!) {
    escalateServiceCase(id: $id, version: $version, reason: $reason) {
      ...OutletCaseActionResult
    }
  }
`);
export const ResolveCaseMutation = graphql(`
  mutation OutletResolveCase($id: ID!, $version: Int!, $rootCause: String!, $resolution: String!) {
    resolveServiceCase(id: $id, version: $version, rootCause: $rootCause, resolution: $resolution) {
      ...OutletCaseActionResult
    }
  }
`);
export const CloseCaseMutation = graphql(`
  mutation OutletCloseCase($id: ID!, $version: Int!, $note: String) {
    closeServiceCase(id: $id, version: $version, note: $note) {
      ...OutletCaseActionResult
    }
  }
`);

// one case opened from the queue: what was said, and every step with its unit
export const CaseDetailQuery = graphql(`
  query OutletCaseDetail($id: ID!) {
    serviceCase(id: $id) {
      ...OutletCaseSummary
      description
      rootCause
      resolution
      resolvedAt
      closedAt
      customer {
        id
        customerNo
        name
      }
      events {
        id
        at
        action
        fromStatus
        toStatus
        note
        toOrgUnit {
          id
          name
          nameEn
        }
      }
    }
  }
`);
export type CaseDetail = NonNullable<ResultOf<typeof CaseDetailQuery>['serviceCase']>;
export type { CaseAction } from '../gql/graphql';

/**
 * The error codes a subgraph lets a client see (`extensions.code`); anything else is an internal
 * error, logged with its stack and sent as a bare INTERNAL_SERVER_ERROR. The contract between the
 * subgraphs (subgraphs/kit/src/errors.ts) and the portal, which has words for every one of them.
 */
export const CLIENT_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'RATE_LIMITED',
] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

import type { CombinedError } from 'urql';

/** The server's own words; urql would prefix "[GraphQL]". */
export function errorText(error: CombinedError) {
  return error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message;
}

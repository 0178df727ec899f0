import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from '@urql/core';

/** True for a refused or expired token, whichever way the gateway reports it. */
export function isUnauthenticated(error: CombinedError) {
  return error.response?.status === 401 || error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/**
 * The ONE GraphQL client of the portal. Remotes never create their own: they use urql hooks and
 * reach this client through the shared urql Provider. A new client per session, so one staff
 * member's cached customers can never be shown to the next one on the same tab.
 */
export function createPortalClient(token: string, onUnauthenticated: () => void, url = '/graphql') {
  return new Client({
    url,
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
    requestPolicy: 'cache-and-network',
    // POST always: @urql/core 6 defaults to GET for short queries; POST keeps every operation on one
    // path through the gateway (CSRF checks, body limits, logs without query strings)
    preferGetMethod: false,
  });
}

import { createTokenVerifier, generateSigningKey, log, runSubgraphFromEnv, signingKeyFromEnv } from '@crm/kit';
import { orgHierarchySubgraph } from './index';

let key = signingKeyFromEnv();
if (!key) {
  log.warn('No AUTH_SIGNING_KEY(_FILE): using a throw-away signing key; tokens die with this process');
  key = await generateSigningKey();
}
// this service issues the tokens, so it verifies them against its own public key
await runSubgraphFromEnv(orgHierarchySubgraph(key), createTokenVerifier({ jwks: key.publicJwks }));

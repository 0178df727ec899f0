import { createTokenVerifier, generateSigningKey, log, runSubgraphFromEnv, signingKeyFromEnv, verifierOptionsFromEnv } from '@crm/kit';
import { orgHierarchySubgraph } from './index';

let key = signingKeyFromEnv();
if (!key) {
  log.warn('No AUTH_SIGNING_KEY(_FILE): using a throw-away signing key; tokens die with this process');
  key = await generateSigningKey();
}
// As the dev issuer it verifies tokens against its own public key; behind the bank's OIDC issuer
// (AUTH_JWKS_URL or AUTH_JWKS set) it verifies like every other subgraph.
const external = process.env.AUTH_JWKS_URL || process.env.AUTH_JWKS;
await runSubgraphFromEnv(orgHierarchySubgraph(key), createTokenVerifier(external ? verifierOptionsFromEnv() : { jwks: key.publicJwks }));

import {
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  SignJWT,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import { readFileSync } from 'node:fs';
import { ORG_LEVELS, ROLES, DEPARTMENTS, TOKEN_AUDIENCE, TOKEN_ISSUER, type StaffClaims } from '@crm/shared-types';

const ALG = 'ES256';

export class InvalidTokenError extends Error {}

/**
 * Where verifiers find the issuer's public keys:
 * - AUTH_JWKS_URL: a JWKS endpoint (production: the bank's OIDC issuer; locally: org-hierarchy's /.well-known/jwks.json)
 * - AUTH_JWKS: the JWKS JSON itself (tests, air-gapped deployments)
 */
export interface VerifierOptions {
  jwksUrl?: string;
  jwks?: { keys: JWK[] };
  issuer?: string;
  audience?: string;
}

export function verifierOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): VerifierOptions {
  return {
    jwksUrl: env.AUTH_JWKS_URL,
    jwks: env.AUTH_JWKS ? JSON.parse(env.AUTH_JWKS) : undefined,
    issuer: env.AUTH_ISSUER ?? TOKEN_ISSUER,
    audience: env.AUTH_AUDIENCE ?? TOKEN_AUDIENCE,
  };
}

export type TokenVerifier = (token: string) => Promise<StaffClaims>;

export function createTokenVerifier(opts: VerifierOptions): TokenVerifier {
  let keys: JWTVerifyGetKey;
  if (opts.jwks) keys = createLocalJWKSet(opts.jwks);
  else if (opts.jwksUrl) keys = createRemoteJWKSet(new URL(opts.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
  else throw new Error('No token keys configured: set AUTH_JWKS_URL (an OIDC issuer or org-hierarchy) or AUTH_JWKS');
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: opts.issuer ?? TOKEN_ISSUER,
        audience: opts.audience ?? TOKEN_AUDIENCE,
        algorithms: [ALG],
      });
      return claimsFromPayload(payload as Record<string, unknown>);
    } catch (e) {
      throw new InvalidTokenError(
        e instanceof Error && 'code' in e && e.code === 'ERR_JWT_EXPIRED' ? 'Token expired: log in again' : 'Invalid token',
      );
    }
  };
}

/** A token is trusted only as far as its claims are well-formed. */
function claimsFromPayload(p: Record<string, unknown>): StaffClaims {
  const str = (k: string) => {
    const v = p[k];
    if (typeof v !== 'string' || !v) throw new InvalidTokenError(`Token lacks claim ${k}`);
    return v;
  };
  const level = str('level');
  const department = str('department');
  const roles = Array.isArray(p.roles)
    ? p.roles.filter((r): r is StaffClaims['roles'][number] => (ROLES as readonly unknown[]).includes(r))
    : [];
  if (!(ORG_LEVELS as readonly string[]).includes(level)) throw new InvalidTokenError('Token has an unknown org level');
  if (!(DEPARTMENTS as readonly string[]).includes(department)) throw new InvalidTokenError('Token has an unknown department');
  const orgPath = str('orgPath');
  if (!/^\/(\d+\/)+$/.test(orgPath)) throw new InvalidTokenError('Token has a malformed org path');
  return {
    sub: str('sub'),
    username: str('username'),
    name: str('name'),
    orgUnitId: str('orgUnitId'),
    orgPath,
    level: level as StaffClaims['level'],
    department: department as StaffClaims['department'],
    roles,
  };
}

export function bearerToken(header: string | null | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m?.[1];
}

/** The dev issuer's signing key (org-hierarchy). Production uses the bank's OIDC issuer instead. */
export interface SigningKey {
  privateJwk: JWK;
  publicJwks: { keys: JWK[] };
}

export async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair(ALG, { extractable: true });
  const privateJwk = { ...(await exportJWK(privateKey)), alg: ALG, kid: `crm-${Date.now().toString(36)}` };
  return { privateJwk, publicJwks: { keys: [publicPart(privateJwk)] } };
}

export function signingKeyFromJwk(privateJwk: JWK): SigningKey {
  return { privateJwk, publicJwks: { keys: [publicPart(privateJwk)] } };
}

/** AUTH_SIGNING_KEY_FILE (a private JWK file) or AUTH_SIGNING_KEY (the JWK JSON). */
export function signingKeyFromEnv(env: NodeJS.ProcessEnv = process.env): SigningKey | undefined {
  const json = env.AUTH_SIGNING_KEY ?? (env.AUTH_SIGNING_KEY_FILE ? readFileSync(env.AUTH_SIGNING_KEY_FILE, 'utf8') : undefined);
  return json ? signingKeyFromJwk(JSON.parse(json)) : undefined;
}

function publicPart(jwk: JWK): JWK {
  const { d: _private, ...pub } = jwk;
  return pub;
}

export async function signStaffToken(
  key: SigningKey,
  claims: StaffClaims,
  ttlSeconds = 8 * 3600,
  opts: { issuer?: string; audience?: string } = {},
) {
  const privateKey = await importJWK(key.privateJwk, ALG);
  const { sub, ...rest } = claims;
  const exp = Math.floor(Date.now() / 1000) + ttlSeconds;
  const token = await new SignJWT({ ...rest })
    .setProtectedHeader({ alg: ALG, kid: key.privateJwk.kid })
    .setSubject(sub)
    .setIssuer(opts.issuer ?? TOKEN_ISSUER)
    .setAudience(opts.audience ?? TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(privateKey);
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}

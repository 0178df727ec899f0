import { describe, expect, it } from 'vitest';
import { SignJWT, importJWK } from 'jose';
import { createTokenVerifier, generateSigningKey, signStaffToken } from '../src';
import { staffClaims, testSigningKey, tokenFor, testVerifier } from '../src/testing';

const claims = staffClaims({ orgPath: '/1/2/4/', sub: '42', roles: ['OUTLET_STAFF'] });

describe('staff tokens', () => {
  it('round-trips the claims', async () => {
    const verify = await testVerifier();
    expect(await verify(await tokenFor(claims))).toEqual(claims);
  });

  it('refuses an expired token with a message saying so', async () => {
    const verify = await testVerifier();
    await expect(verify(await tokenFor(claims, -60))).rejects.toThrow('Token expired');
  });

  it('refuses a token signed by another key (forged)', async () => {
    const verify = await testVerifier();
    const forged = (await signStaffToken(await generateSigningKey(), { ...claims, orgPath: '/1/' })).token;
    await expect(verify(forged)).rejects.toThrow('Invalid token');
  });

  it('refuses a token whose payload was edited', async () => {
    const verify = await testVerifier();
    const [h, p, s] = (await tokenFor(claims)).split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    const edited = Buffer.from(JSON.stringify({ ...payload, orgPath: '/1/' })).toString('base64url');
    await expect(verify(`${h}.${edited}.${s}`)).rejects.toThrow('Invalid token');
  });

  it('refuses a well-signed token with a malformed org path', async () => {
    const key = await testSigningKey();
    const token = await new SignJWT({ ...claims, orgPath: "/1/' or 1=1" })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('42')
      .setIssuer('bank-crm-dev-issuer')
      .setAudience('bank-crm')
      .setExpirationTime('1h')
      .sign(await importJWK(key.privateJwk, 'ES256'));
    await expect((await testVerifier())(token)).rejects.toThrow();
  });

  it('needs keys to be configured', () => {
    expect(() => createTokenVerifier({})).toThrow(/AUTH_JWKS_URL/);
  });
});

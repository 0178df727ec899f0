import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { useTestDatabase } from '@crm/postgres/testing';
import { ormOptions, runSubgraph, type RunningSubgraph } from '@crm/kit';
import { testSigningKey, testVerifier, withSql } from '@crm/kit/testing';
import { orgHierarchyDatabase, orgHierarchySubgraph } from '../src';
import { LoginThrottle } from '../src/auth/login-throttle';
import { insertTinyBank, PASSWORD } from './fixture';

/**
 * The login throttle, from the defects of issue 7: it was raced (checked before the slow hash,
 * counted after it), kept per process, and had no limit per client address.
 */
const db = useTestDatabase();
const running: RunningSubgraph[] = [];
const start = async () => {
  const sg = await runSubgraph(orgHierarchySubgraph(await testSigningKey()), {
    databaseUrl: db.url,
    port: 0,
    verifyToken: await testVerifier(),
  });
  running.push(sg);
  return new URL(sg.url).origin;
};
let origin: string;

beforeAll(async () => {
  await insertTinyBank(db.url);
  origin = await start();
});
afterAll(() => Promise.all(running.map((sg) => sg.close())));

/** A login from a given client address, as the gateway (a trusted proxy on loopback) forwards it. */
const login = (body: unknown, from: string, at = origin) =>
  fetch(`${at}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify(body),
  });

async function expectRefused(res: Response) {
  expect(res.status).toBe(429);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe('TOO_MANY_ATTEMPTS');
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
}

describe('login throttle', () => {
  it('checks at most 5 passwords of a burst of 40 concurrent guesses, and refuses the right one once locked', async () => {
    const guesses = [...Array.from({ length: 39 }, (_, i) => `guess-${i}`), PASSWORD];
    const answers = await Promise.all(guesses.map((password) => login({ username: 'bj0101.staff', password }, '198.51.100.1')));
    const statuses = answers.map((r) => r.status);
    // 401 and 200 are the answers of a checked password; 429 is refused before the hash
    expect(statuses.filter((s) => s === 401 || s === 200).length).toBeLessThanOrEqual(5);
    expect(statuses).not.toContain(200);
    expect(statuses.at(-1)).toBe(429);
    for (const res of answers.filter((r) => r.status === 429)) await expectRefused(res);
    // and the lock holds for the next, sequential attempt with the right password
    await expectRefused(await login({ username: 'bj0101.staff', password: PASSWORD }, '198.51.100.2'));
  });

  it('holds the lock across two instances over the same database', async () => {
    const other = await start();
    for (let i = 0; i < 5; i++)
      expect((await login({ username: 'bj0102.staff', password: `guess-${i}` }, '198.51.100.3')).status).toBe(401);
    await expectRefused(await login({ username: 'bj0102.staff', password: PASSWORD }, '198.51.100.4', other));
  });

  it('refuses one address spraying one password over many usernames after 30 failures', async () => {
    for (let i = 0; i < 30; i++)
      expect((await login({ username: `spray.${i}`, password: 'Spring2024!' }, '198.51.100.5')).status).toBe(401);
    await expectRefused(await login({ username: 'spray.30', password: 'Spring2024!' }, '198.51.100.5'));
    // the address is refused, not the bank: a colleague elsewhere signs in
    expect((await login({ username: 'hq.analyst', password: PASSWORD }, '198.51.100.6')).status).toBe(200);
  });

  it('resets a username after a success, but counts successes against no one', async () => {
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++) expect((await login({ username: 'bj.head', password: `guess-${i}` }, '198.51.100.7')).status).toBe(401);
      expect((await login({ username: 'bj.head', password: PASSWORD }, '198.51.100.7')).status).toBe(200);
    }
    // 40 good logins from one office address (tellers behind one NAT) are not refused
    for (let i = 0; i < 40; i++) expect((await login({ username: 'sh0101.staff', password: PASSWORD }, '198.51.100.8')).status).toBe(200);
  });

  it('does not believe X-Forwarded-For from an untrusted peer', async () => {
    const before = process.env.TRUSTED_PROXIES;
    process.env.TRUSTED_PROXIES = '192.0.2.1'; // some other proxy: this test's loopback connection is not trusted
    let untrusted: string;
    try {
      untrusted = await start();
    } finally {
      if (before === undefined) delete process.env.TRUSTED_PROXIES;
      else process.env.TRUSTED_PROXIES = before;
    }
    // a new forged address per request changes nothing: the peer's own address is counted
    for (let i = 0; i < 30; i++)
      expect((await login({ username: `forge.${i}`, password: 'x' }, `203.0.113.${i}`, untrusted)).status).toBe(401);
    await expectRefused(await login({ username: 'forge.30', password: 'x' }, '203.0.113.200', untrusted));
  });

  it.each([
    [{ username: 'bj0101.staff\u0000', password: 'x' }, 'username'],
    [{ username: 'bj0101.staff', password: 'x\u0000y' }, 'password'],
  ])('refuses a NUL byte as 400 naming the field (%j)', async (body, field) => {
    const res = await login(body, '198.51.100.9');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string; field: string } }).error).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('prunes rows whose window and lock are long over', async () => {
    await withSql(db.url, (q) =>
      q(`insert into org_hierarchy.login_throttle (key, failures, window_start, locked_until)
      values ('user:old.one', 9, now() - interval '2 hours', now() - interval '90 minutes'), ('user:fresh.one', 1, now(), null)`),
    );
    const orm = await MikroORM.init(ormOptions(orgHierarchyDatabase, db.url, { pool: { min: 0, max: 1 } }));
    try {
      await new LoginThrottle(orm.em.getConnection()).prune();
    } finally {
      await orm.close(true);
    }
    const keys = (await withSql(db.url, (q) => q(`select key from org_hierarchy.login_throttle where key like '%.one'`))).map((r) => r.key);
    expect(keys).toEqual(['user:fresh.one']);
  });
});

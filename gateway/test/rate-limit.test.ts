import { beforeAll, describe, expect, it } from 'vitest';
import type { LoginResponse } from '@crm/shared-types';
import { createLimits, RATE_LIMITS } from '../src/limits';
import { useSystem } from './system';

// Issue 7: "nothing is rate-limited". Per-user limits at the gateway, 429 with Retry-After and a
// GraphQL error RATE_LIMITED; shared through Redis when REDIS_URL is set (CI sets it when Redis answers).
const PER_SECOND = 5;
const COST_BUDGET = 2500;
const sys = useSystem({ rateLimits: { perSecond: PER_SECOND, costBudget: COST_BUDGET } });
let teller: LoginResponse, other: LoginResponse;
beforeAll(async () => {
  [teller, other] = await Promise.all(['bj0101.staff', 'sh0101.staff'].map((u) => sys.login(u)));
});

const me = (token: string) =>
  fetch(sys.gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });

describe('per-user rate limit', () => {
  it('answers 429 with Retry-After and RATE_LIMITED past the burst, and leaves other users alone', async () => {
    await new Promise((r) => setTimeout(r, 1100)); // a fresh second: the logins are not counted, but be sure
    const answers = await Promise.all(Array.from({ length: PER_SECOND + 3 }, () => me(teller.token)));
    const limited = answers.filter((r) => r.status === 429);
    expect(answers.filter((r) => r.status === 200)).toHaveLength(PER_SECOND);
    expect(limited).toHaveLength(3);
    const body = (await limited[0].json()) as { errors: { message: string; extensions: { code: string; retryAfterSeconds: number } }[] };
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0].message).toMatch(/too many requests/i);
    expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // someone else is not slowed down by it
    expect((await me(other.token)).status).toBe(200);
    // and after the Retry-After, the user is served again
    await new Promise((r) => setTimeout(r, Number(limited[0].headers.get('retry-after')) * 1000 + 100));
    expect((await me(teller.token)).status).toBe(200);
  });

  it('allows the default burst of 20 requests a second per user (a customer 360 page load is 5)', async () => {
    const limits = createLimits({ keyPrefix: `busy-${Math.random()}`, redisUrl: process.env.REDIS_URL || undefined });
    try {
      for (let i = 0; i < RATE_LIMITS.perSecond; i++) expect((await limits.consume('42')).ok).toBe(true);
      expect((await limits.consume('42')).ok).toBe(false);
    } finally {
      await limits.close();
    }
  });
});

describe('per-user cost budget', () => {
  it('refuses back-to-back operations near the cost limit with 429 RATE_LIMITED and Retry-After, and leaves other users alone', async () => {
    // 15 × 101 = 1,515: under the 2,000 cost limit; two of them exceed a budget of 2,500 per window
    const heavy = JSON.stringify({
      query: `{ ${Array.from({ length: 15 }, (_, i) => `p${i}: customers(page: { page: ${i + 1}, pageSize: 100 }) { items { id } }`).join(' ')} }`,
    });
    const send = (token: string) =>
      fetch(sys.gateway, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: heavy,
      });
    const first = await send(teller.token);
    expect(first.status).toBe(200);
    const second = await send(teller.token);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await second.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' }, message: expect.stringMatching(/costs 1515/) });
    expect((await send(other.token)).status).toBe(200);
  });
});

describe.skipIf(!process.env.REDIS_URL)('with REDIS_URL', () => {
  it('shares the count between gateway replicas', async () => {
    const keyPrefix = `replicas-${Math.random()}`;
    const [a, b] = [
      createLimits({ keyPrefix, perSecond: 4, redisUrl: process.env.REDIS_URL }),
      createLimits({ keyPrefix, perSecond: 4, redisUrl: process.env.REDIS_URL }),
    ];
    try {
      expect(a.store).toBe('redis');
      await new Promise((r) => setTimeout(r, 200)); // connected
      for (let i = 0; i < 2; i++) expect((await a.consume('7')).ok).toBe(true);
      for (let i = 0; i < 2; i++) expect((await b.consume('7')).ok).toBe(true);
      expect((await a.consume('7')).ok).toBe(false);
      expect((await b.consume('7')).ok).toBe(false);
      // one heavy operation at a time, across replicas too
      const first = await a.acquireHeavy('7');
      expect(first.ok).toBe(true);
      expect((await b.acquireHeavy('7')).ok).toBe(false);
      if (first.ok) await first.release();
      const second = await b.acquireHeavy('7');
      expect(second.ok).toBe(true);
      if (second.ok) await second.release();
    } finally {
      await a.close();
      await b.close();
    }
  });
});

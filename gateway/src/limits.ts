import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { log } from '@crm/kit/edge';

/**
 * Per-user request limits at the gateway, keyed by the verified staff id (the token's `sub`).
 * A busy member of staff never reaches them: a portal page load is at most ~8 requests at once
 * (the customer 360 is 5), paging or typing in a search adds one or two a second.
 * - burst: 20 requests in any 1 s
 * - sustained: 600 requests a minute (10 a second on average, for a whole minute)
 * - query cost (cost.ts): 3,000 per 5 s — a customer 360 page load at the largest page sizes costs
 *   ~750, a customer list page of 100 ~200; one operation near the 2,000 cost limit every 5 s at most
 * - heavy operations (startCustomerExport, startImport, startScoreRecompute): one at a time per user
 */
export interface RateLimitOptions {
  perSecond: number;
  perMinute: number;
  /** concurrent heavy operations per user */
  heavyConcurrent: number;
  /** estimated query cost (cost.ts) a user may spend per `costWindowSeconds`; at least the cost limit */
  costBudget: number;
  costWindowSeconds: number;
  /** Redis key prefix; tests give each gateway its own */
  keyPrefix: string;
}

export const RATE_LIMITS: RateLimitOptions = {
  perSecond: 20,
  perMinute: 600,
  heavyConcurrent: 1,
  costBudget: 3000,
  costWindowSeconds: 5,
  keyPrefix: 'crm-gw',
};

/** `RATE_LIMIT_PER_SECOND`, `RATE_LIMIT_PER_MINUTE` override the defaults (load tests of many synthetic users on few logins). */
export function rateLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<RateLimitOptions> {
  const n = (v: string | undefined) => (v && Number(v) > 0 ? Number(v) : undefined);
  return Object.fromEntries(
    Object.entries({
      perSecond: n(env.RATE_LIMIT_PER_SECOND),
      perMinute: n(env.RATE_LIMIT_PER_MINUTE),
      costBudget: n(env.RATE_LIMIT_COST_BUDGET),
    }).filter(([, v]) => v !== undefined),
  );
}

export type LimitDecision = { ok: true } | { ok: false; retryAfterSeconds: number; reason: string };

export interface Limits {
  /** one request of `userId`: allowed, or how long to wait */
  consume(userId: string): Promise<LimitDecision>;
  /** spend `cost` of the user's cost budget */
  consumeCost(userId: string, cost: number): Promise<LimitDecision>;
  /** start a heavy operation; the returned release must be called when it ends */
  acquireHeavy(userId: string): Promise<{ ok: true; release: () => Promise<void> } | { ok: false; retryAfterSeconds: number }>;
  readonly store: 'redis' | 'memory';
  close(): Promise<void>;
}

let warnedPerProcess = false;

/** Redis when `redisUrl` is given (shared by every replica), else this process's memory. */
export function createLimits(opts: Partial<RateLimitOptions> & { redisUrl?: string } = {}): Limits {
  const o = { ...RATE_LIMITS, ...opts };
  const memory = (points: number, duration: number, prefix: string) =>
    new RateLimiterMemory({ points, duration, keyPrefix: `${o.keyPrefix}:${prefix}` });
  let redis: Redis | undefined;
  let limiters: RateLimiterAbstract[];
  let costLimiter: RateLimiterAbstract;
  if (o.redisUrl) {
    // no offline queue: while Redis is unreachable a call fails at once and the in-memory insurance limiter decides
    redis = new Redis(o.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
    redis.on('error', (err) => log.warn({ err: err.message }, 'rate limiter: Redis unavailable, limiting per process meanwhile'));
    const store = (points: number, duration: number, prefix: string) =>
      new RateLimiterRedis({
        storeClient: redis,
        points,
        duration,
        keyPrefix: `${o.keyPrefix}:${prefix}`,
        insuranceLimiter: memory(points, duration, prefix),
      });
    limiters = [store(o.perSecond, 1, 'sec'), store(o.perMinute, 60, 'min')];
    costLimiter = store(o.costBudget, o.costWindowSeconds, 'cost');
  } else {
    if (!warnedPerProcess) {
      warnedPerProcess = true;
      log.warn(
        'rate limiter: REDIS_URL is not set, so limits are counted per gateway process (set REDIS_URL to share them between replicas)',
      );
    }
    limiters = [memory(o.perSecond, 1, 'sec'), memory(o.perMinute, 60, 'min')];
    costLimiter = memory(o.costBudget, o.costWindowSeconds, 'cost');
  }

  const consumeCost = async (userId: string, cost: number): Promise<LimitDecision> => {
    if (cost <= 0) return { ok: true };
    try {
      await costLimiter.consume(userId, Math.ceil(cost));
      return { ok: true };
    } catch (e) {
      if (e instanceof RateLimiterRes) {
        return {
          ok: false,
          retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)),
          reason: `a query cost of ${o.costBudget} per ${o.costWindowSeconds} s`,
        };
      }
      log.error({ err: e }, 'cost budget limiter failed; request allowed');
      return { ok: true };
    }
  };

  const consume = async (userId: string): Promise<LimitDecision> => {
    for (const [i, limiter] of limiters.entries()) {
      try {
        await limiter.consume(userId);
      } catch (e) {
        if (e instanceof RateLimiterRes) {
          return {
            ok: false,
            retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)),
            reason: i === 0 ? `${o.perSecond} requests a second` : `${o.perMinute} requests a minute`,
          };
        }
        log.error({ err: e }, 'rate limiter failed; request allowed');
      }
    }
    return { ok: true };
  };

  // heavy operations in flight per user: a counter with a safety expiry (a crashed replica cannot lock a user out for long)
  const HEAVY_TTL_S = 600;
  const inFlight = new Map<string, number>();
  const heavyKey = (userId: string) => `${o.keyPrefix}:heavy:${userId}`;
  const acquireHeavy: Limits['acquireHeavy'] = async (userId) => {
    if (redis && redis.status === 'ready') {
      const key = heavyKey(userId);
      const [[, n]] = (await redis.multi().incr(key).expire(key, HEAVY_TTL_S).exec()) as [[unknown, number], unknown];
      if (n > o.heavyConcurrent) {
        await redis.decr(key);
        return { ok: false, retryAfterSeconds: 5 };
      }
      let released = false;
      return {
        ok: true,
        release: async () => {
          if (!released) {
            released = true;
            await redis!.decr(key).catch(() => undefined);
          }
        },
      };
    }
    const n = inFlight.get(userId) ?? 0;
    if (n >= o.heavyConcurrent) return { ok: false, retryAfterSeconds: 5 };
    inFlight.set(userId, n + 1);
    let released = false;
    return {
      ok: true,
      release: async () => {
        if (released) return;
        released = true;
        const left = (inFlight.get(userId) ?? 1) - 1;
        if (left > 0) inFlight.set(userId, left);
        else inFlight.delete(userId);
      },
    };
  };

  return {
    consume,
    consumeCost,
    acquireHeavy,
    store: redis ? 'redis' : 'memory',
    close: async () => {
      if (redis) await redis.quit().catch(() => redis!.disconnect());
    },
  };
}

import type { PostgreSqlConnection } from '@mikro-orm/postgresql';

/** `limit` failures within `windowSeconds` lock the key for `lockSeconds`. */
export interface ThrottleRule {
  limit: number;
  windowSeconds: number;
  lockSeconds: number;
}

/** Guessing one person's password: 5 failures in 15 minutes lock the username for 15 minutes. */
export const USERNAME_RULE: ThrottleRule = { limit: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };
/** Spraying one password over many usernames: 30 failures from one address in 15 minutes refuse it for 15 minutes. */
export const ADDRESS_RULE: ThrottleRule = { limit: 30, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };

/**
 * Counts one attempt against a key and says whether it may go on, in one statement: the row lock
 * of the upsert serialises concurrent attempts, so of a burst of 40 exactly `limit` get through.
 * A key whose lock (or, unlocked, whose window) is over starts afresh. A locked key keeps its
 * lock end: more guesses do not extend it (that would let anyone keep a colleague locked out forever).
 */
const COUNT_ATTEMPT = `
  insert into org_hierarchy.login_throttle as t (key, failures, window_start)
  values (?, 1, now())
  on conflict (key) do update set
    failures     = case when coalesce(t.locked_until, t.window_start + ?::interval) <= now() then 1 else t.failures + 1 end,
    window_start = case when coalesce(t.locked_until, t.window_start + ?::interval) <= now() then now() else t.window_start end,
    locked_until = case when coalesce(t.locked_until, t.window_start + ?::interval) <= now() then null
                        when t.locked_until is not null then t.locked_until
                        when t.failures + 1 >= ? then now() + ?::interval
                   end
  returning failures > ? as refused, greatest(1, ceil(extract(epoch from locked_until - clock_timestamp())))::int as retry_after`;
// clock_timestamp(), not now(): an attempt that waited for the row's lock has an older now() than
// the attempt that set locked_until, and would answer a Retry-After longer than the lock

const seconds = (s: number) => `${s} seconds`;

/**
 * Slows password guessing, per username and per client address. Every attempt is counted BEFORE
 * its password is checked (the hash is slow: counting after it let a burst of concurrent guesses
 * all pass a check made before any of them had failed), and a success takes its attempt back.
 * Lives in PostgreSQL, so every replica of the issuer sees the same counts.
 */
export class LoginThrottle {
  constructor(
    private readonly db: Pick<PostgreSqlConnection, 'execute'>,
    private readonly rules: { username: ThrottleRule; address: ThrottleRule } = { username: USERNAME_RULE, address: ADDRESS_RULE },
  ) {
    for (const r of Object.values(rules)) if (r.limit < 2) throw new Error('A login throttle limit must be at least 2');
  }

  /**
   * Counts this attempt against the address, then the username. Undefined: go on and check the
   * password; a number: refused, retry after that many seconds. A refused address does not count
   * against the username (a sprayer locks out no one else).
   */
  async admit(username: string, address: string): Promise<number | undefined> {
    return (await this.count(addressKey(address), this.rules.address)) ?? (await this.count(usernameKey(username), this.rules.username));
  }

  /** The password was right: the username starts afresh; the address only gets this attempt back (no reset by one good account). */
  async succeeded(username: string, address: string): Promise<void> {
    await this.db.execute(
      `with reset as (delete from org_hierarchy.login_throttle where key = ?)
       update org_hierarchy.login_throttle set failures = greatest(failures - 1, 0) where key = ?`,
      [usernameKey(username), addressKey(address)],
    );
  }

  /** Deletes rows whose window and lock are both over (run now and then; they would start afresh anyway). */
  async prune(): Promise<number> {
    const longest = Math.max(...Object.values(this.rules).map((r) => r.windowSeconds + r.lockSeconds));
    const res = await this.db.execute<{ affectedRows?: number }>(
      `delete from org_hierarchy.login_throttle where window_start < now() - ?::interval`,
      [seconds(longest)],
      'run',
    );
    return res.affectedRows ?? 0;
  }

  private async count(key: string, rule: ThrottleRule): Promise<number | undefined> {
    const w = seconds(rule.windowSeconds);
    const [row] = await this.db.execute<{ refused: boolean; retry_after: number | null }[]>(COUNT_ATTEMPT, [
      key,
      w,
      w,
      w,
      rule.limit,
      seconds(rule.lockSeconds),
      rule.limit,
    ]);
    return row.refused ? (row.retry_after ?? rule.lockSeconds) : undefined;
  }
}

const usernameKey = (username: string) => `user:${username}`;
// "::ffff:10.1.2.3" and "10.1.2.3" are one client; a forwarded value is capped to fit the key
const addressKey = (address: string) => `ip:${address.replace(/^::ffff:/, '').slice(0, 200)}`;

/**
 * Slows password guessing: after 5 failures within 15 minutes a username is locked for 15 minutes.
 * Kept in memory per process; with several replicas behind a load balancer, each counts its own
 * (put it in Redis when the issuer is scaled out — production uses the bank's OIDC issuer anyway).
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  constructor(private readonly maxFailures = 5, private readonly windowMs = 15 * 60_000, private readonly now = () => Date.now()) {}

  lockedForSeconds(username: string): number {
    const recent = this.recent(username);
    if (recent.length < this.maxFailures) return 0;
    return Math.max(0, (recent[recent.length - this.maxFailures] + this.windowMs - this.now()) / 1000);
  }

  recordFailure(username: string) {
    this.failures.set(username, [...this.recent(username), this.now()]);
  }

  reset(username: string) {
    this.failures.delete(username);
  }

  private recent(username: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.failures.get(username) ?? []).filter((t) => t > since);
  }
}

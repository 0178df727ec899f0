import express, { type Express, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { hashPassword, log, signStaffToken, verifyPassword, type SigningKey } from '@crm/kit';
import type { ErrorBody, LoginResponse, StaffClaims } from '@crm/shared-types';
import { Staff } from '../staff/staff.entity';
import { OrgUnit } from '../org-unit/org-unit.entity';
import { Department } from '../department/department.entity';
import { LoginThrottle } from './login-throttle';

const WRONG_CREDENTIALS = 'Wrong username or password';

function fail(res: Response, status: number, code: string, message: string, field?: string) {
  const body: ErrorBody = { error: { code, message, ...(field ? { field } : {}) } };
  res.status(status).json(body);
}

/**
 * The development token issuer: POST /auth/login and the public keys at /.well-known/jwks.json.
 * In production the bank's OIDC issuer takes this place (see README, "Authentication").
 */
export function mountLoginRoutes(app: Express, orm: MikroORM, key: SigningKey, throttle = new LoginThrottle(orm.em.getConnection())) {
  // checked against when the username is unknown, so both failures take the same time
  const dummyHash = hashPassword('not-a-password');
  // req.ip is the client's address only when the hop in front (the gateway) is trusted to forward
  // it in X-Forwarded-For; from anyone else the header is ignored, so it cannot be forged
  app.set('trust proxy', trustedProxies(process.env.TRUSTED_PROXIES));

  app.get('/.well-known/jwks.json', (_req, res) => {
    res.set('cache-control', 'public, max-age=300').json(key.publicJwks);
  });

  app.post('/auth/login', express.json({ limit: '8kb' }), async (req, res) => {
    const { username, password } = (req.body ?? {}) as Record<string, unknown>;
    if (typeof username !== 'string' || !username.trim()) return fail(res, 400, 'BAD_USER_INPUT', 'username is required', 'username');
    if (username.length > 64) return fail(res, 400, 'BAD_USER_INPUT', 'username is at most 64 characters', 'username');
    // PostgreSQL cannot hold a NUL in text (it was a 500); no username has a control character
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    if (/[\u0000-\u001f\u007f]/.test(username))
      return fail(res, 400, 'BAD_USER_INPUT', 'username must not contain control characters', 'username');
    if (typeof password !== 'string' || !password) return fail(res, 400, 'BAD_USER_INPUT', 'password is required', 'password');
    if (password.length > 256) return fail(res, 400, 'BAD_USER_INPUT', 'password is at most 256 characters', 'password');
    if (password.includes('\u0000')) return fail(res, 400, 'BAD_USER_INPUT', 'password must not contain NUL characters', 'password');

    const name = username.trim().toLowerCase();
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    // counted before the (slow) hash is checked: concurrent guesses cannot all pass the check
    const retryAfter = await throttle.admit(name, address);
    if (retryAfter !== undefined) {
      log.warn({ username: name, address }, 'login refused: too many attempts');
      res.set('retry-after', String(retryAfter));
      return fail(res, 429, 'TOO_MANY_ATTEMPTS', `Too many failed attempts: try again in ${Math.ceil(retryAfter / 60)} min`);
    }

    const em = orm.em.fork();
    const staff = await em.findOne(Staff, { username: name, active: true }, { populate: ['passwordHash'] });
    const ok = await verifyPassword(password, staff?.passwordHash ?? (await dummyHash));
    if (!staff || !ok) {
      log.warn({ username: name, address }, 'login failed');
      return fail(res, 401, 'UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    await throttle.succeeded(name, address);
    const [unit, department] = await Promise.all([
      em.findOneOrFail(OrgUnit, staff.orgUnitId),
      em.findOneOrFail(Department, staff.departmentId),
    ]);
    const claims: StaffClaims = {
      sub: String(staff.id),
      username: staff.username,
      name: staff.name,
      orgUnitId: String(unit.id),
      orgPath: unit.path,
      level: unit.level,
      department: department.code,
      roles: staff.roles,
    };
    const { token, expiresAt } = await signStaffToken(key, claims);
    const body: LoginResponse = { token, expiresAt, user: claims };
    res.json(body);
  });
}

/**
 * `TRUSTED_PROXIES`: comma-separated addresses, CIDRs or express's names (loopback, linklocal,
 * uniquelocal) of the proxies allowed to say who the client is. Default: loopback (the gateway on
 * the same machine). Empty: trust no one, the peer's address is the client.
 */
export function trustedProxies(env: string | undefined): string[] {
  return (env ?? 'loopback')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

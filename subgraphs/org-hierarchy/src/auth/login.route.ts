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
export function mountLoginRoutes(app: Express, orm: MikroORM, key: SigningKey, throttle = new LoginThrottle()) {
  // checked against when the username is unknown, so both failures take the same time
  const dummyHash = hashPassword('not-a-password');

  app.get('/.well-known/jwks.json', (_req, res) => {
    res.set('cache-control', 'public, max-age=300').json(key.publicJwks);
  });

  app.post('/auth/login', express.json({ limit: '8kb' }), async (req, res) => {
    const { username, password } = (req.body ?? {}) as Record<string, unknown>;
    if (typeof username !== 'string' || !username.trim()) return fail(res, 400, 'BAD_USER_INPUT', 'username is required', 'username');
    if (username.length > 64) return fail(res, 400, 'BAD_USER_INPUT', 'username is at most 64 characters', 'username');
    if (typeof password !== 'string' || !password) return fail(res, 400, 'BAD_USER_INPUT', 'password is required', 'password');
    if (password.length > 256) return fail(res, 400, 'BAD_USER_INPUT', 'password is at most 256 characters', 'password');

    const name = username.trim().toLowerCase();
    const lockedFor = throttle.lockedForSeconds(name);
    if (lockedFor > 0) return fail(res, 429, 'TOO_MANY_ATTEMPTS', `Too many failed attempts: try again in ${Math.ceil(lockedFor / 60)} min`);

    const em = orm.em.fork();
    const staff = await em.findOne(Staff, { username: name, active: true }, { populate: ['passwordHash'] });
    const ok = await verifyPassword(password, staff?.passwordHash ?? (await dummyHash));
    if (!staff || !ok) {
      throttle.recordFailure(name);
      log.warn({ username: name }, 'login failed');
      return fail(res, 401, 'UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    throttle.reset(name);
    const [unit, department] = await Promise.all([em.findOneOrFail(OrgUnit, staff.orgUnitId), em.findOneOrFail(Department, staff.departmentId)]);
    const claims: StaffClaims = {
      sub: String(staff.id), username: staff.username, name: staff.name,
      orgUnitId: String(unit.id), orgPath: unit.path, level: unit.level, department: department.code, roles: staff.roles,
    };
    const { token, expiresAt } = await signStaffToken(key, claims);
    const body: LoginResponse = { token, expiresAt, user: claims };
    res.json(body);
  });
}

import type { DepartmentCode, OrgLevel, Role } from './org';

/**
 * What a verified token says about the caller. The gateway and every subgraph read it from the
 * bearer token; nothing else about the caller is trusted.
 */
export interface StaffClaims {
  /** staff id */
  sub: string;
  username: string;
  name: string;
  orgUnitId: string;
  /** materialized path of the staff member's org unit, e.g. "/1/3/12/" — the data scope */
  orgPath: string;
  level: OrgLevel;
  department: DepartmentCode;
  roles: Role[];
}

export const TOKEN_AUDIENCE = 'bank-crm';
export const TOKEN_ISSUER = 'bank-crm-dev-issuer';

export interface LoginRequest {
  username: string;
  password: string;
}
export interface LoginResponse {
  token: string;
  expiresAt: string;
  user: StaffClaims;
}
/** Error body of every non-GraphQL endpoint (login, manifest). */
export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

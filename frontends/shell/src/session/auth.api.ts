import type { ErrorBody, LoginRequest, LoginResponse } from '@crm/shared-types';

/** A refusal from a non-GraphQL endpoint, carrying the gateway's error body. */
export class PortalApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'PortalApiError';
  }
}

async function refusal(res: Response): Promise<PortalApiError> {
  try {
    const body = (await res.json()) as Partial<ErrorBody>;
    if (body.error?.message) return new PortalApiError(res.status, body.error.code ?? 'ERROR', body.error.message, body.error.field);
  } catch {
    /* not JSON: fall through */
  }
  return new PortalApiError(
    res.status,
    res.status === 401 ? 'UNAUTHENTICATED' : 'HTTP_ERROR',
    `HTTP ${res.status} ${res.statusText}`.trim(),
  );
}

export async function login(request: LoginRequest, fetchImpl: typeof fetch = fetch): Promise<LoginResponse> {
  const res = await fetchImpl('/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(request),
  });
  if (!res.ok) throw await refusal(res);
  return (await res.json()) as LoginResponse;
}

/** GET with the bearer token; used for the remote manifest. */
export async function getWithToken<T>(url: string, token: string, fetchImpl: typeof fetch = fetch): Promise<T> {
  return jsonOrRefusal<T>(fetchImpl(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' }, cache: 'no-store' }));
}

/** The body of a response, or its refusal as a PortalApiError. */
export async function jsonOrRefusal<T>(response: Promise<Response>): Promise<T> {
  const res = await response;
  if (!res.ok) throw await refusal(res);
  return (await res.json()) as T;
}

import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { OptimisticLockError } from '@mikro-orm/core';
import { CLIENT_ERROR_CODES } from '@crm/shared-types';

// The error codes a client may see: the contract with the portal, in @crm/shared-types. Anything
// else is an internal error: logged with its stack, sent as a bare INTERNAL_SERVER_ERROR.
export { CLIENT_ERROR_CODES };

export class BadUserInputError extends GraphQLError {
  constructor(message: string, field: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', field } });
  }
}
export class NotFoundError extends GraphQLError {
  constructor(what: string) {
    super(`${what} not found`, { extensions: { code: 'NOT_FOUND' } });
  }
}
/** How every refusal by the permission table begins (business refusals, e.g. maker-checker, say why instead). */
export const PERMISSION_DENIED = 'Your role does not allow this';

export class ForbiddenError extends GraphQLError {
  constructor(message = 'You are not allowed to do this') {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}
/** Too many of something in a window (duplicate confirmations, concurrent exports): try again later. */
export class RateLimitedError extends GraphQLError {
  constructor(message: string, retryAfterSeconds?: number) {
    super(message, { extensions: { code: 'RATE_LIMITED', ...(retryAfterSeconds ? { retryAfterSeconds } : {}) } });
  }
}
export class ConflictError extends GraphQLError {
  constructor(message = 'This record was changed by someone else; reload it and try again') {
    super(message, { extensions: { code: 'CONFLICT' } });
  }
}

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** First failing constraint of a class-validator tree, with its dotted field path. */
function firstViolation(errors: ValidationErrorLike[], prefix = ''): { field: string; message: string } | undefined {
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const message = e.constraints ? Object.values(e.constraints)[0] : undefined;
    if (message) return { field, message: message.includes(e.property) ? message : `${field}: ${message}` };
    const nested = e.children?.length ? firstViolation(e.children, field) : undefined;
    if (nested) return nested;
  }
  return undefined;
}

/**
 * The field a variable-coercion error is about: `Variable "$input" got invalid value … at
 * "input.occurredAt"; …` → `input.occurredAt` (the variable's name when the value is the variable).
 */
export function variableField(message: string): string | undefined {
  const m =
    /^Variable "\$([\w]+)" got invalid value .*? at "([\w.[\]]+)"/s.exec(message) ??
    /^Variable "\$([\w]+)" got invalid value/s.exec(message);
  return m ? (m[2] ?? m[1]) : undefined;
}

export type ErrorLogger = (error: unknown, formatted: GraphQLFormattedError) => void;

/**
 * Apollo `formatError`: keeps client errors (with the offending field for validation errors),
 * turns version conflicts into CONFLICT, and hides everything else behind a generic message.
 */
export function formatClientError(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    if (original instanceof OptimisticLockError) {
      return { message: new ConflictError().message, path: formatted.path, extensions: { code: 'CONFLICT' } };
    }
    // type-graphql's @Authorized answers a missing role with code UNAUTHORIZED: for us that is FORBIDDEN
    if (formatted.extensions?.code === 'UNAUTHORIZED') {
      return { message: PERMISSION_DENIED, locations: formatted.locations, path: formatted.path, extensions: { code: 'FORBIDDEN' } };
    }
    const code = formatted.extensions?.code as string | undefined;
    const validationErrors = (formatted.extensions?.validationErrors ??
      (original as { extensions?: { validationErrors?: unknown } })?.extensions?.validationErrors) as ValidationErrorLike[] | undefined;
    if (code === 'BAD_USER_INPUT' && validationErrors?.length) {
      const v = firstViolation(validationErrors);
      if (v) return { message: v.message, path: formatted.path, extensions: { code, field: v.field } };
    }
    if (code && (CLIENT_ERROR_CODES as readonly string[]).includes(code)) {
      const { stacktrace: _drop, exception: _drop2, ...extensions } = formatted.extensions ?? {};
      if (code === 'BAD_USER_INPUT' && !extensions.field) {
        const field = variableField(formatted.message);
        if (field) extensions.field = field;
      }
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    log(original, formatted);
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

import { describe, expect, it, vi } from 'vitest';
import { GraphQLError } from 'graphql';
import { OptimisticLockError } from '@mikro-orm/core';
import { BadUserInputError, formatClientError } from '../src';

describe('formatClientError', () => {
  const logged: unknown[] = [];
  const format = formatClientError((e) => logged.push(e));

  it('hides internal errors and their stack from the client, and logs them', () => {
    const boom = new Error('relation "customers.secret" does not exist');
    const out = format(
      { message: boom.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      new GraphQLError(boom.message, { originalError: boom }),
    );
    expect(out).toEqual({ message: 'Internal server error', path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(out)).not.toContain('customers.secret');
    expect(logged).toContain(boom);
  });

  it('keeps a validation error with the field it names', () => {
    const err = new BadUserInputError('pageSize must be at most 100', 'page.pageSize');
    expect(format({ message: err.message, extensions: err.extensions }, err)).toMatchObject({
      message: 'pageSize must be at most 100',
      extensions: { code: 'BAD_USER_INPUT', field: 'page.pageSize' },
    });
  });

  it('names the first failing field of a class-validator error tree', () => {
    const validationErrors = [
      { property: 'page', children: [{ property: 'pageSize', constraints: { max: 'pageSize must be at most 100' } }] },
    ];
    const out = format(
      { message: 'Argument Validation Error', extensions: { code: 'BAD_USER_INPUT', validationErrors } },
      new GraphQLError('x'),
    );
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'page.pageSize' });
    expect(out.message).toBe('pageSize must be at most 100');
  });

  it('turns a stale version into CONFLICT', () => {
    const lock = OptimisticLockError.lockFailed('Customer');
    const out = format({ message: lock.message }, new GraphQLError(lock.message, { originalError: lock }));
    expect(out.extensions?.code).toBe('CONFLICT');
  });

  it('answers a missing role (type-graphql @Authorized: UNAUTHORIZED) with FORBIDDEN', () => {
    const out = format(
      { message: "Access denied! You don't have permission for this action!", extensions: { code: 'UNAUTHORIZED' } },
      new GraphQLError('x'),
    );
    expect(out.extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('drops stack traces from client errors too', () => {
    const out = format(
      { message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED', stacktrace: ['at parse'] } },
      new GraphQLError('Syntax Error'),
    );
    expect(out.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });
  vi.restoreAllMocks();
});

import { describe, expect, it } from 'vitest';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { serverErrorCodes, errorText, serverErrorCode, serverErrorMessage } from '../src/index';

const gqlError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

const hasLatin = (s: string) => /[A-Za-z]{3,}/.test(s);

describe('server errors in the user’s language', () => {
  it('says a FORBIDDEN from the permission table in Chinese, never the server’s English', () => {
    const e = gqlError('Your role does not allow this', { code: 'FORBIDDEN' });
    const zh = errorText(e, 'zh-CN');
    expect(zh).toBe('您的角色无权执行此操作');
    expect(hasLatin(zh)).toBe(false);
    expect(errorText(e, 'en')).toBe('Your role does not allow this action');
  });

  it('names the field of a BAD_USER_INPUT in the user’s language (a generic word when the field is unknown)', () => {
    const known = gqlError('asOf must not be in the future', { code: 'BAD_USER_INPUT', field: 'asOf' });
    // a reason the portal knows keeps its substance; any other gets the generic words
    expect(errorText(known, 'zh-CN')).toBe('“数据日期”不能晚于现在');
    expect(errorText(known, 'en')).toContain('“As-of date” cannot be in the future');
    expect(errorText(gqlError('asOf is odd', { code: 'BAD_USER_INPUT', field: 'asOf' }), 'zh-CN')).toBe('“数据日期”的值无效');
    const unknown = gqlError('x is wrong', { code: 'BAD_USER_INPUT', field: 'input.somethingNew' });
    expect(errorText(unknown, 'zh-CN')).toBe('“此字段”的值无效');
    expect(errorText(unknown, 'en')).toContain('“this field” is not valid');
  });

  it('has zh and en words for every code the server sends, and a generic one for a code it does not know', () => {
    for (const code of serverErrorCodes) {
      const zh = serverErrorMessage({ code }, 'zh-CN');
      expect(zh.length, code).toBeGreaterThan(0);
      expect(hasLatin(zh), `${code}: ${zh}`).toBe(false);
      expect(serverErrorMessage({ code }, 'en').length).toBeGreaterThan(0);
    }
    expect(serverErrorMessage({ code: 'SOMETHING_NEW' }, 'zh-CN')).toBe('操作未能完成，请稍后重试');
    expect(serverErrorCode('SOMETHING_NEW')).toBe('UNKNOWN');
  });

  it('keeps a message the server wrote in Chinese, and says a known reason with its particulars', () => {
    expect(errorText(gqlError('无权访问', { code: 'FORBIDDEN' }), 'zh-CN')).toBe('无权访问');
    const dup = gqlError('a customer with this ID number already exists: C00000001 张伟', { code: 'BAD_USER_INPUT', field: 'idNumber' });
    expect(errorText(dup, 'zh-CN')).toBe('该证件号码已有客户：C00000001 张伟');
    const rule = gqlError('rules[2].tier: BASIC is not a tier of the value pyramid', {
      code: 'BAD_USER_INPUT',
      field: 'input.rules[2].tier',
    });
    expect(errorText(rule, 'zh-CN')).toBe('“层级”的值无效');
  });

  it('says a network failure in Chinese, not urql’s words', () => {
    const e = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(errorText(e, 'zh-CN')).toBe('无法连接服务器，请检查网络后重试');
  });
});

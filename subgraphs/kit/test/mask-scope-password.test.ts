import { describe, expect, it } from 'vitest';
import { hashPassword, maskBirthDate, maskIdNumber, maskPhone, OrgScope, parseId, spreadsheetSafe, verifyPassword } from '../src';

describe('masking', () => {
  it('keeps the region code and last four of an ID number', () => expect(maskIdNumber('110105199003074518')).toBe('1101**********4518'));
  it('keeps the prefix and last four of a phone', () => expect(maskPhone('13812345678')).toBe('138****5678'));
  it('passes null through', () => expect(maskPhone(null)).toBeNull());
});

describe('OrgScope', () => {
  it('covers a unit and everything below it, nothing beside it', () => {
    const scope = new OrgScope('/1/2/');
    expect(scope.contains('/1/2/')).toBe(true);
    expect(scope.contains('/1/2/7/')).toBe(true);
    expect(scope.contains('/1/22/')).toBe(false);
    expect(scope.where()).toEqual({ $like: '/1/2/%' });
  });
  it('refuses a malformed path instead of widening the scope', () => {
    expect(() => new OrgScope('%')).toThrow();
    expect(() => new OrgScope('/1/2')).toThrow();
  });
});

describe('parseId', () => {
  it('accepts positive integers', () => expect(parseId('42')).toBe(42));
  it.each(['abc', '-1', '0', '1.5', '99999999999', ''])('refuses %j naming the field', (v) => {
    expect(() => parseId(v, 'customerId')).toThrow(
      expect.objectContaining({
        message: 'customerId must be a positive whole number',
        extensions: { code: 'BAD_USER_INPUT', field: 'customerId' },
      }),
    );
  });
});

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('s3cret-pass');
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('s3cret-pass', hash)).toBe(true);
    expect(await verifyPassword('wrong', hash)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });
});

describe('spreadsheetSafe and maskBirthDate', () => {
  it('turns every cell a spreadsheet would run as a formula into text', () => {
    for (const evil of ['=HYPERLINK("x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(spreadsheetSafe(evil)).toBe(`'${evil}`);
    expect(spreadsheetSafe('王芳')).toBe('王芳');
    expect(spreadsheetSafe(null)).toBe('');
  });
  it('keeps only the year of a birth date', () => {
    expect(maskBirthDate('1965-03-14')).toBe('1965-**-**');
    expect(maskBirthDate(null)).toBeNull();
  });
});

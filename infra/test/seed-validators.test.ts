import { describe, expect, it } from 'vitest';
import {
  creditCodeCheckChar,
  creditCodeError,
  isValidCreditCode,
  isValidResidentId,
  makeCreditCode,
  makeResidentId,
  normalizeCreditCode,
  normalizeResidentId,
  organizationCodeCheckChar,
  parseResidentId,
  residentIdCheckChar,
  residentIdError,
} from '@crm/shared-types';
import { keyedPermutation, Rng } from '../src/seed/prng';

describe('resident ID numbers (GB 11643)', () => {
  it('accepts the standard example and computes its X check character', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(parseResidentId('11010519491231002X')).toEqual({ region: '110105', birthDate: '1949-12-31', gender: 'F', sequence: '002' });
  });

  it('reads the gender from the 17th digit', () => {
    expect(parseResidentId(makeResidentId('440106', '1985-03-07', 123))!.gender).toBe('M');
    expect(parseResidentId(makeResidentId('440106', '1985-03-07', 124))!.gender).toBe('F');
  });

  it('names what is wrong', () => {
    expect(residentIdError('11010519491231002')).toBe('must be 18 characters');
    expect(residentIdError('11010519491231002x')).toMatch(/digit or X/);
    expect(residentIdError(normalizeResidentId(' 11010519491231002x '))).toBeNull();
    expect(residentIdError('110105194912310021')).toBe('check character does not match');
    expect(residentIdError(makeResidentId('990105', '1980-01-01', 1))).toMatch(/province/);
    expect(residentIdError('110105' + '19810229' + '0011')).toMatch(/birth date/); // 1981 is no leap year
    expect(residentIdError('440524188001010014')).toMatch(/birth date/); // valid check digit, but born 1880
    expect(residentIdError(makeResidentId('110105', '2030-01-01', 1), '2026-01-01')).toMatch(/future/);
    expect(residentIdError(makeResidentId('110105', '2000-02-29', 1), '2026-01-01')).toBeNull();
  });

  it('catches every single-digit typo and every adjacent transposition', () => {
    const rng = new Rng('typos');
    for (let n = 0; n < 200; n++) {
      const id = makeResidentId('310115', `19${rng.between(50, 99)}-0${rng.between(1, 9)}-1${rng.between(0, 9)}`, rng.between(0, 999));
      expect(isValidResidentId(id)).toBe(true);
      const i = rng.int(17);
      const typo = id.slice(0, i) + String((Number(id[i]) + 1 + rng.int(9)) % 10) + id.slice(i + 1);
      expect(isValidResidentId(typo)).toBe(false);
      if (id[i] !== id[i + 1] && i < 16) expect(isValidResidentId(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2))).toBe(false);
    }
  });
});

describe('unified social credit codes (GB 32100-2015)', () => {
  it('accepts published codes of real companies', () => {
    for (const code of ['91350100M000100Y43', '9144030071526726XG', '914403001922038216', '91330100799655058B']) {
      expect(creditCodeError(code), code).toBeNull();
    }
  });

  it('computes both check characters', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(organizationCodeCheckChar('M000100Y')).toBe('4');
    expect(organizationCodeCheckChar('71526726')).toBe('X');
    const code = makeCreditCode('110108', 'MA01ABCD');
    expect(code).toMatch(/^91110108MA01ABCD[0-9X][0-9A-HJ-NPQRTUWXY]$/);
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('names what is wrong', () => {
    expect(creditCodeError('91350100M000100Y4')).toBe('must be 18 characters');
    expect(creditCodeError('91350100M000100Y4I')).toMatch(/except I, O, Z, S, V/);
    expect(creditCodeError('913501OOM000100Y43')).toMatch(/region/);
    expect(creditCodeError('91350100M000100Y44')).toBe('check character does not match');
    expect(creditCodeError('91350100M000100Y53')).toMatch(/organisation code/);
    expect(creditCodeError(normalizeCreditCode(' 91350100m000100y43'))).toBeNull();
  });

  it('catches every single-character substitution', () => {
    const rng = new Rng('uscc-typos');
    const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let n = 0; n < 200; n++) {
      const code = makeCreditCode('440106', rng.digits(8));
      const i = rng.int(18);
      let c = charset[rng.int(31)];
      while (c === code[i]) c = charset[rng.int(31)];
      expect(isValidCreditCode(code.slice(0, i) + c + code.slice(i + 1))).toBe(false);
    }
  });
});

describe('keyed permutation', () => {
  it('is a bijection of its domain', () => {
    for (const domain of [2, 7, 1000, 20_454 * 3]) {
      const p = keyedPermutation(domain, `k${domain}`);
      const seen = new Uint8Array(domain);
      for (let x = 0; x < domain; x++) seen[p(x)]++;
      expect(seen.every((v) => v === 1)).toBe(true);
    }
  });
});

// Unified social credit codes (统一社会信用代码), GB 32100-2015: 18 characters from a 31-character
// set (digits and upper-case letters without I, O, Z, S, V) —
//   1 registration authority (登记管理部门, e.g. 9 = 工商/市场监管) · 1 entity category (机构类别, e.g. 1 = 企业) ·
//   6-digit administrative region code · 9-character organisation code (主体标识码, GB 11714: 8 characters
//   + its own MOD 11 check character) · 1 check character (MOD 31 over the first 17).
// Pure functions, no I/O: the customers subgraph uses them for input validation.

export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const VALUE = new Map([...CREDIT_CODE_CHARSET].map((c, i) => [c, i]));
/** 3^i mod 31 */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The 18th character for the first 17 (GB 32100-2015 §5: C18 = 31 − (Σ Ci·Wi mod 31), 31 → 0). */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error(`need 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = VALUE.get(first17[i]);
    if (v === undefined) throw new Error(`"${first17[i]}" is not in the credit-code character set`);
    sum += v * WEIGHTS[i];
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

/** The 9th character of an organisation code for its first 8 (GB 11714-1997: C9 = 11 − (Σ Ci·Wi mod 11), 10 → X, 11 → 0). */
export function organizationCodeCheckChar(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) throw new Error(`need 8 digits or capital letters, got "${first8}"`);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = first8.charCodeAt(i);
    sum += (c <= 57 ? c - 48 : c - 55) * ORG_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** Trims and upper-cases a typed-in code; validate the result. */
export function normalizeCreditCode(input: string): string {
  return input.trim().toUpperCase();
}

/** Why `code` is not a valid unified social credit code, or null when it is. */
export function creditCodeError(code: string): string | null {
  if (typeof code !== 'string' || code.length !== 18) return 'must be 18 characters';
  if (!FORMAT.test(code)) return 'must use digits and capital letters except I, O, Z, S, V, with a 6-digit region code in characters 3–8';
  if (code[0] === '0' || code[1] === '0') return 'registration authority and category codes cannot be 0';
  if (organizationCodeCheckChar(code.slice(8, 16)) !== code[16])
    return 'organisation code (characters 9–17) check character does not match';
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return 'check character does not match';
  return null;
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeError(code) === null;
}

/**
 * Builds a valid code. `organization8`: the 8 body characters of the organisation code
 * (its check character is added). Defaults: 9 (市场监管/工商) + 1 (企业).
 */
export function makeCreditCode(region: string, organization8: string, authority = '9', category = '1'): string {
  if (!/^\d{6}$/.test(region)) throw new Error(`region must be 6 digits, got "${region}"`);
  const first17 = authority + category + region + organization8 + organizationCodeCheckChar(organization8);
  return first17 + creditCodeCheckChar(first17);
}

// Citizen identity numbers (公民身份号码), GB 11643-1999: 18 characters —
//   6-digit administrative region code (GB/T 2260) · 8-digit birth date YYYYMMDD ·
//   3-digit sequence (odd = male, even = female) · check character (ISO 7064 MOD 11-2, 0–9 or X).
// Pure functions, no I/O: the customers subgraph uses them for input validation.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** Province-level codes (the first two digits) of GB/T 2260, plus 81/82/83 of the HK/Macau/Taiwan residence permits. */
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

const FORMAT = /^\d{17}[\dX]$/;

export type Gender = 'M' | 'F';

export interface ResidentIdInfo {
  /** 6-digit region code, e.g. "110108" (北京市海淀区) */
  region: string;
  /** "YYYY-MM-DD" */
  birthDate: string;
  /** from the 17th digit: odd male, even female */
  gender: Gender;
  /** the 3-digit sequence code */
  sequence: string;
}

/** The check character for the first 17 digits (ISO 7064 MOD 11-2). */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`need 17 digits, got "${first17}"`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** Trims and upper-cases a typed-in number ("x" → "X"); validate the result. */
export function normalizeResidentId(input: string): string {
  return input.trim().toUpperCase();
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1];
}

/**
 * Why `id` is not a valid 18-character resident ID number, or null when it is.
 * `asOf` ("YYYY-MM-DD"): birth dates after it are rejected; omit it to skip that check.
 */
export function residentIdError(id: string, asOf?: string): string | null {
  if (typeof id !== 'string' || id.length !== 18) return 'must be 18 characters';
  if (!FORMAT.test(id)) return 'must be 17 digits followed by a digit or X';
  if (!PROVINCES.has(id.slice(0, 2))) return `unknown province code ${id.slice(0, 2)}`;
  const y = Number(id.slice(6, 10)),
    m = Number(id.slice(10, 12)),
    d = Number(id.slice(12, 14));
  if (y < 1900 || !isCalendarDate(y, m, d)) return `invalid birth date ${id.slice(6, 14)}`;
  if (asOf !== undefined && `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` > asOf)
    return `birth date ${id.slice(6, 14)} is in the future`;
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return 'check character does not match';
  return null;
}

export function isValidResidentId(id: string, asOf?: string): boolean {
  return residentIdError(id, asOf) === null;
}

/** Region, birth date and gender of a valid number; null when it is not valid. */
export function parseResidentId(id: string): ResidentIdInfo | null {
  if (residentIdError(id) !== null) return null;
  return {
    region: id.slice(0, 6),
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: (id.charCodeAt(16) - 48) % 2 === 1 ? 'M' : 'F',
    sequence: id.slice(14, 17),
  };
}

/** Builds a valid number. `birthDate` "YYYY-MM-DD" or "YYYYMMDD"; `sequence` 0–999 (its parity is the gender). */
export function makeResidentId(region: string, birthDate: string, sequence: number): string {
  if (!/^\d{6}$/.test(region)) throw new Error(`region must be 6 digits, got "${region}"`);
  const date = birthDate.replace(/-/g, '');
  if (!/^\d{8}$/.test(date)) throw new Error(`birth date must be YYYY-MM-DD, got "${birthDate}"`);
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 999) throw new Error(`sequence must be 0–999, got ${sequence}`);
  const first17 = region + date + String(sequence).padStart(3, '0');
  return first17 + residentIdCheckChar(first17);
}

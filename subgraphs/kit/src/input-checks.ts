import { BadUserInputError } from './errors';

/**
 * Checks class-validator cannot express on one property, shared by every mutation: each throws
 * BAD_USER_INPUT naming the field.
 */

/**
 * The largest amount of yuan a money column (numeric(18,2), below 10^16) accepts, as a JS number:
 * 9,999,999,999,999,999.99 is not a double (it rounds up to 10^16, which the column refuses), so
 * the check uses the largest double below 10^16 and the database never sees an overflow.
 */
export const MAX_YUAN = 9_999_999_999_999_998;

/** Trimmed text that must not be blank; null when optional and blank. */
export function requiredText(value: string | null | undefined, field: string, max: number): string {
  const text = value?.trim() ?? '';
  if (!text) throw new BadUserInputError(`${field} is required`, field);
  if (text.length > max) throw new BadUserInputError(`${field} must be at most ${max} characters`, field);
  return text;
}

export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = value?.trim() ?? '';
  if (!text) return null;
  if (text.length > max) throw new BadUserInputError(`${field} must be at most ${max} characters`, field);
  return text;
}

/** A moment that has happened: at most `skewMs` (clock skew between devices, default 5 min) ahead of now. Default: now. */
export function pastMoment(value: Date | null | undefined, field: string, skewMs = 5 * 60_000): Date {
  if (value == null) return new Date();
  if (Number.isNaN(value.getTime())) throw new BadUserInputError(`${field} is not a valid time`, field);
  if (value.getTime() > Date.now() + skewMs) throw new BadUserInputError(`${field} must not be in the future`, field);
  return value;
}

/** A calendar date 'YYYY-MM-DD' that exists (no 2024-02-30). */
export function calendarDate(value: string, field: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw new BadUserInputError(`${field} must be a date YYYY-MM-DD`, field);
  }
  return value;
}

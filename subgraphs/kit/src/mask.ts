/**
 * Masking of personal data (PIPL). Masked values keep just enough to recognise a record on the
 * phone with the customer: the region code and last four of an ID number, the last four of a phone.
 */
export function maskIdNumber(value: string | null | undefined): string | null {
  if (!value) return value ?? null;
  if (value.length <= 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

export function maskPhone(value: string | null | undefined): string | null {
  if (!value) return value ?? null;
  if (value.length <= 4) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(Math.max(0, value.length - 7))}${value.slice(-4)}`;
}

/** Addresses: keep the province/city part (up to the first 6 characters), hide the rest. */
export function maskAddress(value: string | null | undefined): string | null {
  if (!value) return value ?? null;
  return value.length <= 6 ? value : `${value.slice(0, 6)}****`;
}

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

/** Account and card numbers: first 4 and last 4, as printed on statements. */
export function maskAccountNo(value: string | null | undefined): string | null {
  if (!value) return value ?? null;
  if (value.length <= 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)} **** ${value.slice(-4)}`;
}

/** E-mail: first character of the local part and the domain. */
export function maskEmail(value: string | null | undefined): string | null {
  if (!value) return value ?? null;
  const at = value.indexOf('@');
  if (at < 1) return '***';
  return `${value[0]}***${value.slice(at)}`;
}

/**
 * A date of birth shown beside a masked ID number: the year only ("1965-**-**"). The full date is
 * digits 7–14 of a resident ID; given in clear next to "1101**********9014" it leaves about ten
 * checksum-valid numbers to try. The year keeps age bands usable. The clear date comes only with
 * revealCustomerPii (BIRTH_DATE), which is audited.
 */
export function maskBirthDate(value: string | null | undefined): string | null {
  if (!value) return null;
  return `${value.slice(0, 4)}-**-**`;
}

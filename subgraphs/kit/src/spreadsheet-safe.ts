/**
 * CSV injection (OWASP): a spreadsheet program runs a cell that starts with = + - @ (or a tab or
 * carriage return before one) as a formula — a customer named "=HYPERLINK(…)" would become a live
 * link in a branch's export. Such cells get a leading single quote, which the program shows as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafe(value: unknown): string {
  if (value == null) return '';
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

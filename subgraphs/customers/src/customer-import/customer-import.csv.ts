import { parse } from 'csv-parse/sync';
import { BadUserInputError } from '@crm/kit';
import type { ImportRowError } from './customer-import-job.entity';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;

/** A data row as column → trimmed text ('' when empty), with its 1-based row number; `nul`: columns refused for a NUL byte. */
export interface CsvRow {
  row: number;
  values: Record<string, string>;
  nul?: string[];
}

const NUL = '\u0000';

/**
 * Parses an import file. Size, row count and CSV syntax are refused at once (BAD_USER_INPUT `csv`);
 * a header that lacks or adds columns becomes row-0 errors of the job.
 */
export function parseImportCsv(csv: string, columns: readonly string[]): { rows: CsvRow[]; headerErrors: ImportRowError[] } {
  if (Buffer.byteLength(csv, 'utf8') > MAX_IMPORT_BYTES) throw new BadUserInputError('csv must be at most 10 MB: split the file', 'csv');
  let records: string[][];
  try {
    records = parse(csv, { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (e) {
    throw new BadUserInputError(`csv could not be read: ${(e as Error).message}`, 'csv');
  }
  if (records.length === 0) throw new BadUserInputError('csv is empty: the first line must be the header', 'csv');
  const dataRows = records.length - 1;
  if (dataRows > MAX_IMPORT_ROWS)
    throw new BadUserInputError(`csv has ${dataRows} data rows; at most ${MAX_IMPORT_ROWS} per file: split the file`, 'csv');

  const headerErrors: ImportRowError[] = [];
  // PostgreSQL stores no NUL in text or jsonb: a NUL must never reach a query, nor an error message quoting the cell
  if (records[0].some((h) => h.includes(NUL)))
    headerErrors.push({ row: 0, field: '(header)', reason: 'the header must not contain NUL characters' });
  const header = records[0].map((h) => h.replaceAll(NUL, '').trim().toLowerCase());
  const unknown = header.filter((h) => !columns.includes(h));
  const missing = columns.filter((c) => !header.includes(c));
  const repeated = header.filter((h, i) => header.indexOf(h) !== i);
  if (unknown.length) headerErrors.push({ row: 0, field: unknown.join(','), reason: `unknown column(s): ${unknown.join(', ')}` });
  if (missing.length)
    headerErrors.push({
      row: 0,
      field: missing.join(','),
      reason: `missing column(s): ${missing.join(', ')} — the header must be ${columns.join(',')}`,
    });
  if (repeated.length) headerErrors.push({ row: 0, field: repeated.join(','), reason: `repeated column(s): ${repeated.join(', ')}` });

  const rows = records.slice(1).map((r, i) => {
    const values: Record<string, string> = {};
    const nul: string[] = [];
    header.forEach((h, j) => {
      const v = r[j] ?? '';
      if (v.includes(NUL)) nul.push(h);
      values[h] = v.includes(NUL) ? '' : v;
    });
    if (r.length !== header.length) values['(row)'] = `has ${r.length} values, the header has ${header.length}`;
    return { row: i + 1, values, ...(nul.length ? { nul } : {}) };
  });
  return { rows, headerErrors };
}

const TRUE = new Set(['true', '1', 'yes', 'y', '是']);
const FALSE = new Set(['', 'false', '0', 'no', 'n', '否']);

/** Typed cell readers: each pushes a (row, column, reason) error and returns null on bad input. */
export class RowReader {
  readonly errors: ImportRowError[] = [];
  constructor(readonly row: CsvRow) {
    if (row.values['(row)']) this.errors.push({ row: row.row, field: '(row)', reason: `row ${row.values['(row)']}` });
    for (const column of row.nul ?? []) this.fail(column, `${column} must not contain NUL characters`);
  }

  /** One reason per column, the first: a cell refused for a NUL byte is not also "required". */
  fail(field: string, reason: string) {
    if (!this.errors.some((e) => e.field === field)) this.errors.push({ row: this.row.row, field, reason });
  }

  text(column: string): string | null {
    const v = this.row.values[column] ?? '';
    return v === '' ? null : v;
  }

  upper(column: string): string | null {
    return this.text(column)?.toUpperCase() ?? null;
  }

  number(column: string): number | null {
    const v = this.text(column);
    if (v == null) return null;
    const n = Number(v.replace(/,/g, ''));
    if (!Number.isFinite(n)) {
      this.fail(column, `${column} must be a number, got "${v}"`);
      return null;
    }
    return n;
  }

  boolean(column: string): boolean | null {
    const v = (this.text(column) ?? '').toLowerCase();
    if (TRUE.has(v)) return true;
    if (FALSE.has(v)) return false;
    this.fail(column, `${column} must be true or false, got "${v}"`);
    return null;
  }
}

/** "registeredCapital" → "registered_capital": errors of the shared record rules, named by CSV column. */
export function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

import {
  IMPORT_SPECS,
  parseCell,
  type ImportErrorCode,
  type ImportParams,
  type ImportTarget,
  type RawCell,
} from '@schaltplan/domain';
import type { FileRow } from '../reading/csv-rows';

export interface RowError {
  row: number;
  /** The file's header of the column (or the field's label when it came from a default). */
  column: string | null;
  field: string | null;
  code: ImportErrorCode;
  params: ImportParams;
}

export interface MappedRow {
  row: number;
  values: Record<string, unknown>;
  /** Has cell errors: staged anyway (bad cells empty) so checks across rows still see it. */
  err?: boolean;
}

export interface MapperOptions {
  target: ImportTarget;
  headers: string[];
  /** Field per column index (null: ignored column). */
  mapping: (string | null)[];
  /** Values for all rows where a field's column is absent or empty (e.g. the Standort). */
  defaults: Record<string, string>;
  /** CSV rows must be as wide as the header; XLSX omits trailing empty cells. */
  strictWidth: boolean;
}

export type MapOutcome =
  | { kind: 'row'; row: MappedRow }
  | { kind: 'skipped' }
  | { kind: 'empty' }
  | { kind: 'errors'; errors: RowError[]; row?: MappedRow };

const isEmpty = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Turns one file row into typed values of the target's fields, or says exactly what is wrong. */
export function createRowMapper(options: MapperOptions): (row: FileRow) => MapOutcome {
  const spec = IMPORT_SPECS[options.target];
  const fieldColumn = new Map<string, number>();
  options.mapping.forEach((field, i) => {
    if (field) fieldColumn.set(field, i);
  });
  const used = spec.columns.filter((c) => fieldColumn.has(c.field) || options.defaults[c.field] !== undefined);
  const width = options.headers.length;

  return (fileRow) => {
    const cells = fileRow.cells;
    if (cells.every(isEmpty)) return { kind: 'empty' };
    const errors: RowError[] = [];
    if (options.strictWidth && cells.length !== width) {
      const tooMany = cells.length > width && cells.slice(width).some((c) => !isEmpty(c));
      if (tooMany || cells.length < width) {
        errors.push({
          row: fileRow.row,
          column: null,
          field: null,
          code: tooMany ? 'ROW_TOO_MANY_CELLS' : 'ROW_TOO_FEW_CELLS',
          params: { count: cells.length, expected: width },
        });
        return { kind: 'errors', errors };
      }
    }
    const values: Record<string, unknown> = {};
    for (const column of used) {
      const index = fieldColumn.get(column.field);
      let raw = index === undefined ? undefined : (cells[index] as RawCell);
      if (isEmpty(raw) && options.defaults[column.field] !== undefined) raw = options.defaults[column.field];
      const result = parseCell(column, raw);
      if (result.ok) values[column.field] = result.value;
      else
        errors.push({
          row: fileRow.row,
          column: index === undefined ? column.label.de : (options.headers[index] ?? column.label.de),
          field: column.field,
          code: result.code,
          params: result.params ?? {},
        });
    }
    if (errors.length) return { kind: 'errors', errors, row: { row: fileRow.row, values, err: true } };
    if (options.target === 'PERSONS') {
      // Disabled AD accounts are not migrated.
      if (values.enabled === false) return { kind: 'skipped' };
      if (!values.displayName) {
        const derived = [values.givenName, values.surname].filter(Boolean).join(' ');
        values.displayName = derived || values.accountName;
      }
    }
    return { kind: 'row', row: { row: fileRow.row, values } };
  };
}

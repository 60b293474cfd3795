import { IMPORT_SPECS, IMPORT_TARGET_LABELS, type ImportTarget } from '@schaltplan/domain';
import { ImportFileError } from '../reading/import-file-error';
import { guessTarget } from '../reading/row-source';

/**
 * Checks the column mapping against the target before any row is read, and returns the fields
 * that take part (mapped to a column or given a value for all rows).
 */
export function checkMapping(
  target: ImportTarget,
  headers: string[],
  mapping: (string | null)[],
  defaults: Record<string, string>,
): Set<string> {
  const spec = IMPORT_SPECS[target];
  const label = (field: string): string => spec.columns.find((c) => c.field === field)?.label.de ?? field;
  const mapped = new Set<string>();
  for (const field of mapping) {
    if (!field) continue;
    if (!spec.columns.some((c) => c.field === field)) throw new ImportFileError('MAPPING_UNKNOWN_FIELD', { field });
    if (mapped.has(field)) throw new ImportFileError('MAPPING_DUPLICATE', { field: label(field) });
    mapped.add(field);
  }
  for (const [field, value] of Object.entries(defaults)) {
    if (!spec.columns.some((c) => c.field === field)) throw new ImportFileError('MAPPING_UNKNOWN_FIELD', { field });
    if (value.trim()) mapped.add(field);
  }
  const missing = spec.mustMap.find((f) => !mapped.has(f));
  // A file made for another target (persons uploaded as printers) is named as such first.
  const { target: likely, hits } = guessTarget(headers);
  if (likely && likely !== target && hits[likely] >= 3 && hits[target] * 3 <= hits[likely]) {
    throw new ImportFileError('WRONG_TARGET', { target: IMPORT_TARGET_LABELS[target].de });
  }
  if (missing) throw new ImportFileError('MAPPING_MISSING', { field: label(missing) });
  return mapped;
}

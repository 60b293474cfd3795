import { IMPORT_SPECS, normalizeHeader, type ImportTarget } from '@schaltplan/domain';

/**
 * What the user decided per file header (normalised): a field, or null for "nicht übernehmen".
 * Kept by header name, so a corrected, re-uploaded file (or a changed header row) gets the
 * same mapping again even if its columns moved.
 */
export type MappingChoices = Record<string, string | null>;

/** The field per column: the user's choices first, then the server's suggestions; no field twice. */
export function resolveMapping(
  headers: readonly string[],
  suggested: readonly (string | null)[],
  choices: MappingChoices,
): (string | null)[] {
  const taken = new Set<string>();
  const result: (string | null)[] = headers.map((header) => {
    const key = normalizeHeader(header);
    if (!(key in choices)) return null;
    const field = choices[key] ?? null;
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
  headers.forEach((header, i) => {
    const field = suggested[i] ?? null;
    if (normalizeHeader(header) in choices || field === null || taken.has(field)) return;
    result[i] = field;
    taken.add(field);
  });
  return result;
}

/** Choices that reproduce a preset on this file's headers (headers the preset does not name are left out). */
export function choicesFromPreset(
  headers: readonly string[],
  columns: readonly { header: string; field: string }[],
): MappingChoices {
  const byHeader = new Map(columns.map((c) => [normalizeHeader(c.header), c.field]));
  return Object.fromEntries(headers.map((h) => [normalizeHeader(h), byHeader.get(normalizeHeader(h)) ?? null]));
}

/** Must-map fields no column and no "für alle Zeilen" value provides. */
export function missingMustMap(
  target: ImportTarget,
  mapping: readonly (string | null)[],
  defaultLocation: string | null,
): string[] {
  return IMPORT_SPECS[target].mustMap.filter(
    (field) => !mapping.includes(field) && !(field === 'location' && defaultLocation),
  );
}

/** Whether rows of this target name a Standort (then a Standort for all rows can be chosen). */
export function hasLocationField(target: ImportTarget): boolean {
  return IMPORT_SPECS[target].columns.some((c) => c.field === 'location');
}

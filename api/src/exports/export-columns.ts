import {
  exportColumns,
  IMPORT_TARGET_LABELS,
  IMPORT_TARGETS,
  TENANT_KIND_LABELS,
  type ImportColumnSpec,
  type ImportTarget,
  type Label,
} from '@schaltplan/domain';

/** Everything a list can be exported as: the import targets plus the Verwaltungen list. */
export type ExportTarget = ImportTarget | 'TENANTS';
export const EXPORT_TARGETS: readonly ExportTarget[] = [...IMPORT_TARGETS, 'TENANTS'];

export type ExportFormat = 'xlsx' | 'csv' | 'csv-comma';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['xlsx', 'csv', 'csv-comma'];

/** Targets whose export can carry one row per person assignment (`withPersons`). */
export const PERSON_LINK_TARGETS: readonly ExportTarget[] = ['SOFTWARE', 'FILE_SHARES', 'FACHVERFAHREN'];

const t = (de: string, en: string): Label => ({ de, en });

/**
 * The Verwaltungen list is no import target, so its columns live here. They follow the same
 * conventions (German label as header, formatCell for values).
 */
export const TENANT_COLUMNS: ImportColumnSpec[] = [
  { field: 'name', label: t('Verwaltung', 'Administration'), kind: 'text', key: true, aliases: [] },
  { field: 'kind', label: t('Art', 'Kind'), kind: 'enum', enumLabels: TENANT_KIND_LABELS, aliases: [] },
  { field: 'ags', label: t('Gemeindeschlüssel (AGS)', 'Municipality key (AGS)'), kind: 'ags', aliases: [] },
  { field: 'inhabitants', label: t('Einwohner', 'Inhabitants'), kind: 'int', aliases: [] },
  // Stored as text[]; the query joins the names with ", " (the list separator parseCell splits on).
  { field: 'memberMunicipalities', label: t('Mitgliedsgemeinden', 'Member municipalities'), kind: 'text', aliases: [] },
];

/** Columns of an export, in file order. */
export function columnsFor(target: ExportTarget, withPersons: boolean): ImportColumnSpec[] {
  return target === 'TENANTS' ? TENANT_COLUMNS : exportColumns(target, withPersons);
}

/** Sheet name and file-name stem: the target's German label without its explanation in brackets. */
export function targetTitle(target: ExportTarget): string {
  if (target === 'TENANTS') return 'Verwaltungen';
  return IMPORT_TARGET_LABELS[target].de.replace(/\s*\(.*\)\s*$/, '');
}

import { Button, Menu } from '@mantine/core';
import type { ImportTarget } from '@schaltplan/domain';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

/** What a list exports (GET /api/exports/:target): the import targets plus the Verwaltungen list. */
export type ExportTarget = ImportTarget | 'TENANTS';

type ExportFormat = 'xlsx' | 'csv' | 'csv-comma';

const FORMATS: { format: ExportFormat; key: 'export.xlsx' | 'export.csv' | 'export.csvComma' }[] = [
  { format: 'xlsx', key: 'export.xlsx' },
  { format: 'csv', key: 'export.csv' },
  { format: 'csv-comma', key: 'export.csvComma' },
];

/** Exports the server filters by location (the others have no location). */
const LOCATION_FILTERED = new Set<ExportTarget>([
  'PERSONS',
  'PERSON_PRINTERS',
  'WORKSTATIONS',
  'PRINTERS',
  'FILE_SHARES',
]);
/** Catalogues that can also be exported with one row per assigned person. */
const WITH_PERSONS = new Set<ExportTarget>(['SOFTWARE', 'FILE_SHARES', 'FACHVERFAHREN']);

export interface ExportFilters {
  tenantId?: string | null;
  locationId?: string | null;
  search?: string | null;
}

/** The download URL of an export with the list's current filters. */
export function exportUrl(
  target: ExportTarget,
  format: ExportFormat,
  filters: ExportFilters,
  withPersons = false,
): string {
  const query = new URLSearchParams({ format });
  if (filters.tenantId) query.set('tenantId', filters.tenantId);
  if (filters.locationId && LOCATION_FILTERED.has(target)) query.set('locationId', filters.locationId);
  if (filters.search) query.set('search', filters.search);
  if (withPersons) query.set('withPersons', 'true');
  return `/api/exports/${target.toLowerCase().replace(/_/g, '-')}?${query.toString()}`;
}

interface Section {
  label: string;
  target: ExportTarget;
  withPersons: boolean;
}

interface ExportMenuProps {
  target: ExportTarget;
  /** The list's title, e.g. "Personen": names the button and the first section. */
  title: string;
  filters: ExportFilters;
}

/**
 * "Exportieren": the list as it is filtered right now, as Excel or CSV. Plain links: the session
 * cookie goes along (same origin) and the browser saves the file under the server's name.
 */
export function ExportMenu({ target, title, filters }: ExportMenuProps) {
  const { t } = useTranslation();
  const sections: Section[] = [{ label: title, target, withPersons: false }];
  if (target === 'PERSONS')
    sections.push({ label: t('export.personPrinters'), target: 'PERSON_PRINTERS', withPersons: false });
  if (WITH_PERSONS.has(target)) sections.push({ label: t('export.withPersons', { title }), target, withPersons: true });

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" aria-label={t('export.buttonLabel', { title })}>
          {t('export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {sections.map((section, i) => (
          <Fragment key={section.label}>
            {i > 0 && <Menu.Divider />}
            <Menu.Label>{section.label}</Menu.Label>
            {FORMATS.map(({ format, key }) => (
              <Menu.Item
                key={format}
                component="a"
                href={exportUrl(section.target, format, filters, section.withPersons)}
                download
                aria-label={t('export.itemLabel', { section: section.label, format: t(key) })}
              >
                {t(key)}
              </Menu.Item>
            ))}
          </Fragment>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

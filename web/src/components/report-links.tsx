import { Button, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../lib/session';

/** The committee's status report of a Verwaltung (GET /api/reports/committee, PDF). */
export function committeeReportUrl(tenantId: string): string {
  return `/api/reports/committee?${new URLSearchParams({ tenantId }).toString()}`;
}

/** A Standort's technician sheet (GET /api/reports/technician-sheet, PDF). */
export function technicianSheetUrl(tenantId: string, locationId: string): string {
  return `/api/reports/technician-sheet?${new URLSearchParams({ tenantId, locationId }).toString()}`;
}

/**
 * "Statusbericht (PDF)": a plain link, so the session cookie goes along and the browser saves
 * the file under the server's name. Only for roles that may read reports.
 */
export function CommitteeReportButton({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  if (!can('reports.read')) return null;
  return (
    <Button component="a" href={committeeReportUrl(tenantId)} download variant="default">
      {t('reports.committee')}
    </Button>
  );
}

interface TechnicianSheetButtonProps extends Pick<ButtonProps, 'size' | 'variant'> {
  tenantId: string;
  locationId: string;
  /** Names the Standort for screen readers where several sheets are offered on one page. */
  locationName: string;
}

/** "Technikerblatt (PDF)" of a Standort, to print for the cutover night. */
export function TechnicianSheetButton({
  tenantId,
  locationId,
  locationName,
  size,
  variant = 'default',
}: TechnicianSheetButtonProps) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  if (!can('reports.sheet')) return null;
  return (
    <Button
      component="a"
      href={technicianSheetUrl(tenantId, locationId)}
      download
      size={size}
      variant={variant}
      aria-label={t('reports.sheetLabel', { location: locationName })}
    >
      {t('reports.sheet')}
    </Button>
  );
}

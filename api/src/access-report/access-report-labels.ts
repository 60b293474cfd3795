import {
  CONFIRMATION_STATE_LABELS,
  FACHVERFAHREN_AREA_LABELS,
  IMPORT_TARGET_LABELS,
  PRINTER_KIND_LABELS,
  SHARE_ACCESS_LABELS,
  SOFTWARE_DELIVERY_LABELS,
  WORKSTATION_STATUS_LABELS,
  type Label,
} from '@schaltplan/domain';
import type { AuditAction, AuditObjectType } from '../audit/audit-writer';

/** German words of the audit trail (as the web app shows them: web/src/i18n/de.json "audit"). */
export const ACTION_DE: Record<AuditAction, string> = {
  CREATE: 'Angelegt',
  UPDATE: 'Geändert',
  DELETE: 'Gelöscht',
  ASSIGN: 'Zugeordnet',
  UNASSIGN: 'Zuordnung entfernt',
  PASSWORD_RESET: 'Passwort zurückgesetzt',
  PASSWORD_SET: 'Passwort gesetzt',
  CONFIRM: 'Bestätigt',
  REJECT: 'Abgelehnt',
  SIGN_OFF: 'Abgenommen',
  TICK: 'Schritt abgehakt',
  UNTICK: 'Haken entfernt',
  STATUS_CHANGE: 'Status geändert',
  EXPORT: 'Exportiert',
  PSEUDONYMISE: 'Pseudonymisiert',
  ARCHIVE_IMPORT: 'Aus Archiv importiert',
};

export const OBJECT_DE: Record<AuditObjectType, string> = {
  TENANT: 'Verwaltung',
  LOCATION: 'Standort',
  PERSON: 'Person',
  WORKSTATION: 'Arbeitsplatz',
  PRINTER: 'Drucker',
  SOFTWARE: 'Software',
  FILE_SHARE: 'Dateiablage',
  FACHVERFAHREN: 'Fachverfahren',
  ACCOUNT: 'Konto',
  IMPORT_PRESET: 'Import-Zuordnung',
  CONFIRMATION: 'Bestätigung',
  PROJECT_PHASE: 'Projektphase',
  TEST_RUN: 'Testlauf',
  BLOCKER: 'Blocker',
  CHECKLIST_TEMPLATE: 'Checklisten-Vorlage',
};

/** German names of the fields audit entries record (others are shown as stored). */
const FIELD_DE: Record<string, string> = {
  accountName: 'Anmeldename',
  displayName: 'Anzeigename',
  givenName: 'Vorname',
  surname: 'Nachname',
  email: 'E-Mail',
  department: 'Abteilung',
  locationId: 'Standort (ID)',
  tenantId: 'Verwaltung (ID)',
  notInSourceSince: 'Nicht mehr in der Quelle seit',
  isDefault: 'Standarddrucker',
  access: 'Rechte',
  driveLetter: 'Laufwerk',
  state: 'Stand',
  comment: 'Kommentar',
  title: 'Titel',
  description: 'Beschreibung',
  owner: 'Zuständig',
  open: 'Offen',
  objectType: 'Objekttyp',
  objectId: 'Objekt (ID)',
  objectLabel: 'Objekt',
  relatedLabel: 'Bezug',
  kind: 'Art',
  format: 'Format',
  importRunId: 'Importlauf (ID)',
  fileName: 'Datei',
  bulk: 'Sammeländerung',
  previousDefaultPrinterId: 'Bisheriger Standarddrucker (ID)',
};

/** The German label of a stored code, or the code itself when it is not (or no longer) known. */
function labelOf(labels: Record<string, Label>, code: string | null): string {
  if (!code) return '–';
  return labels[code]?.de ?? code;
}

export const de = {
  /** A field, or a dot path such as `changes.objectId`, in German. */
  field: (path: string) => {
    const last = path.split('.').pop() ?? path;
    return FIELD_DE[last] ?? last;
  },
  action: (code: string) => (ACTION_DE as Record<string, string>)[code] ?? code,
  object: (code: string | null) => (code ? ((OBJECT_DE as Record<string, string>)[code] ?? code) : ''),
  workstationStatus: (code: string) => labelOf(WORKSTATION_STATUS_LABELS, code),
  printerKind: (code: string) => labelOf(PRINTER_KIND_LABELS, code),
  delivery: (code: string) => labelOf(SOFTWARE_DELIVERY_LABELS, code),
  access: (code: string) => labelOf(SHARE_ACCESS_LABELS, code),
  area: (code: string) => labelOf(FACHVERFAHREN_AREA_LABELS, code),
  confirmationState: (code: string) => labelOf(CONFIRMATION_STATE_LABELS, code),
  importTarget: (code: string) => labelOf(IMPORT_TARGET_LABELS, code),
};

export { APP_VERSION, berlinDateTime } from '../pdf/pdf-format';

import fs from 'node:fs';
import path from 'node:path';
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
import { repoRoot } from '../common/repo-root';

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

const dateTime = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** e.g. "01.12.2026 14:03" in German time; "–" for none. */
export function berlinDateTime(iso: string | null): string {
  return iso ? dateTime.format(new Date(iso)).replace(',', '') : '–';
}

/** The version of this Schaltplan (the API package's), for the footer. */
export const APP_VERSION: string = (() => {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'api', 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unbekannt';
  } catch {
    return 'unbekannt';
  }
})();

import type { Label, LabelMap } from './labels';
import { valuesOf } from './labels';

/**
 * The provisioning export (build list of the target environment): GET /api/provisioning.
 * Documented in docs/provisioning-export.md; the JSON Schema is docs/provisioning-export.schema.json.
 */
export const PROVISIONING_FORMAT = 'schaltplan-provisioning';
/** Raised on any change to the JSON shape or the CSV columns that a build tool could notice. */
export const PROVISIONING_VERSION = 1;

export type ProvisioningFileFormat = 'json' | 'csv';
export const PROVISIONING_FILE_FORMATS: readonly ProvisioningFileFormat[] = ['json', 'csv'];

/** What one CSV row describes: the account itself, or one of its assignments. */
export type ProvisioningRowKind = 'ACCOUNT' | 'PRINTER' | 'DRIVE' | 'SOFTWARE' | 'FACHVERFAHREN';
export const PROVISIONING_ROW_KIND_LABELS: LabelMap<ProvisioningRowKind> = {
  ACCOUNT: { de: 'Benutzerkonto', en: 'User account' },
  PRINTER: { de: 'Drucker', en: 'Printer' },
  DRIVE: { de: 'Laufwerk', en: 'Drive' },
  SOFTWARE: { de: 'Software', en: 'Software' },
  FACHVERFAHREN: { de: 'Fachverfahren', en: 'Fachverfahren' },
};
export const PROVISIONING_ROW_KINDS = valuesOf(PROVISIONING_ROW_KIND_LABELS);

/** A CSV column: its stable key (the header in the file) and what it means, for people. */
export interface ProvisioningColumn {
  key: string;
  label: Label;
  /** The row kinds that fill it (empty for the others). */
  kinds: readonly ProvisioningRowKind[] | 'ALL';
}

const t = (de: string, en: string): Label => ({ de, en });

/**
 * The CSV's columns in file order. The header row holds the keys (stable, for build tools such as
 * PowerShell's Import-Csv); the labels explain them in the UI and in docs/provisioning-export.md.
 * Values are codes (PRINTER, WRITE, STANDARD_IMAGE …) and true/false, never translated.
 */
export const PROVISIONING_CSV_COLUMNS: readonly ProvisioningColumn[] = [
  { key: 'accountName', label: t('Benutzername', 'Account name'), kinds: 'ALL' },
  { key: 'displayName', label: t('Anzeigename', 'Display name'), kinds: 'ALL' },
  { key: 'email', label: t('E-Mail', 'E-mail'), kinds: 'ALL' },
  { key: 'department', label: t('Abteilung', 'Department'), kinds: 'ALL' },
  { key: 'location', label: t('Standort', 'Location'), kinds: 'ALL' },
  {
    key: 'confirmation',
    label: t('Bestätigung (CONFIRMED, OPEN, CHANGED, REJECTED)', 'Confirmation (CONFIRMED, OPEN, CHANGED, REJECTED)'),
    kinds: 'ALL',
  },
  {
    key: 'kind',
    label: t(
      'Art der Zeile (ACCOUNT, PRINTER, DRIVE, SOFTWARE, FACHVERFAHREN)',
      'Row kind (ACCOUNT, PRINTER, DRIVE, SOFTWARE, FACHVERFAHREN)',
    ),
    kinds: 'ALL',
  },
  {
    key: 'name',
    label: t('Drucker, UNC-Pfad, Produkt oder Fachverfahren', 'Printer, UNC path, product or Fachverfahren'),
    kinds: ['PRINTER', 'DRIVE', 'SOFTWARE', 'FACHVERFAHREN'],
  },
  { key: 'version', label: t('Version', 'Version'), kinds: ['SOFTWARE'] },
  {
    key: 'defaultPrinter',
    label: t('Standarddrucker (true/false)', 'Default printer (true/false)'),
    kinds: ['PRINTER'],
  },
  { key: 'targetQueue', label: t('Ziel-Druckwarteschlange', 'Target print queue'), kinds: ['PRINTER'] },
  { key: 'printerModel', label: t('Druckermodell', 'Printer model'), kinds: ['PRINTER'] },
  {
    key: 'printerAddress',
    label: t('IP-Adresse oder Warteschlange heute', 'IP address or queue today'),
    kinds: ['PRINTER'],
  },
  { key: 'driveLetter', label: t('Laufwerksbuchstabe', 'Drive letter'), kinds: ['DRIVE'] },
  {
    key: 'mapTo',
    label: t('Verbinden mit (Zielpfad, sonst UNC-Pfad)', 'Map to (target path, else UNC path)'),
    kinds: ['DRIVE'],
  },
  { key: 'access', label: t('Rechte (READ, WRITE)', 'Rights (READ, WRITE)'), kinds: ['DRIVE'] },
  {
    key: 'delivery',
    label: t(
      'Bereitstellung (STANDARD_IMAGE, PUBLISHED_APP, REPLACED, OPEN)',
      'Delivery (STANDARD_IMAGE, PUBLISHED_APP, REPLACED, OPEN)',
    ),
    kinds: ['SOFTWARE'],
  },
  { key: 'replacedBy', label: t('Ersetzt durch', 'Replaced by'), kinds: ['SOFTWARE'] },
  {
    key: 'targetOperation',
    label: t(
      'Betrieb künftig (PROVIDER_DATACENTER, SAAS, LOCAL_SERVER, OPEN)',
      'Target operation (PROVIDER_DATACENTER, SAAS, LOCAL_SERVER, OPEN)',
    ),
    kinds: ['FACHVERFAHREN'],
  },
  {
    key: 'targetMissing',
    label: t(
      'Ziel fehlt noch (Warteschlange oder Zielpfad; true/false)',
      'Target still missing (queue or target path; true/false)',
    ),
    kinds: ['PRINTER', 'DRIVE'],
  },
];

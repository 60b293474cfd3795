import type { Label, LabelMap } from './labels';
import { valuesOf } from './labels';
import {
  CRITICALITY_LABELS,
  FACHVERFAHREN_AREA_LABELS,
  FACHVERFAHREN_INTERFACE_LABELS,
  LOCATION_KIND_LABELS,
  OPERATING_MODE_LABELS,
  PRINTER_KIND_LABELS,
  SHARE_ACCESS_LABELS,
  SOFTWARE_DELIVERY_LABELS,
} from './inventory';

/**
 * What a file can be imported into (and exported from). The column specs below are the one
 * contract between API (parsing, validation, export) and web (mapping UI, headers).
 */
export type ImportTarget =
  | 'LOCATIONS'
  | 'PERSONS'
  | 'WORKSTATIONS'
  | 'PRINTERS'
  | 'PERSON_PRINTERS'
  | 'SOFTWARE'
  | 'FILE_SHARES'
  | 'FACHVERFAHREN';

export const IMPORT_TARGET_LABELS: LabelMap<ImportTarget> = {
  LOCATIONS: { de: 'Standorte', en: 'Locations' },
  PERSONS: { de: 'Personen', en: 'Persons' },
  WORKSTATIONS: { de: 'Arbeitsplätze (mit ihren Personen)', en: 'Workstations (with their persons)' },
  PRINTERS: { de: 'Drucker', en: 'Printers' },
  PERSON_PRINTERS: { de: 'Drucker-Zuordnungen (Person → Drucker)', en: 'Printer mappings (person → printer)' },
  SOFTWARE: { de: 'Software (und Person → Software)', en: 'Software (and person → software)' },
  FILE_SHARES: { de: 'Dateiablagen (und Zugriffe der Personen)', en: 'File shares (and person access)' },
  FACHVERFAHREN: { de: 'Fachverfahren (und Person → Fachverfahren)', en: 'Fachverfahren (and person → Fachverfahren)' },
};
export const IMPORT_TARGETS = valuesOf(IMPORT_TARGET_LABELS);

/**
 * How a cell is read and written.
 * - text: trimmed, bounded; email/driveLetter/postalCode/ags: text with a format
 * - int/decimal/boolean: German or English spellings accepted; written the German way
 * - enum/enumList: code or label (de/en), case-insensitive; written as the German label
 * - location/person/printer: the name (account name) of an existing object of the Verwaltung
 * - personList: several account names separated by "," ";" "|" or line breaks
 */
export type ImportFieldKind =
  | 'text'
  | 'email'
  | 'driveLetter'
  | 'postalCode'
  | 'ags'
  | 'int'
  | 'decimal'
  | 'boolean'
  | 'enum'
  | 'enumList'
  | 'location'
  | 'person'
  | 'printer'
  | 'personList';

export interface ImportColumnSpec {
  /** Property of the stored object (GraphQL/entity name); references name the related object. */
  field: string;
  /** Header used in exports, and what the mapping UI shows. */
  label: Label;
  kind: ImportFieldKind;
  /** Must have a value in every row once mapped; `key` fields are always required. */
  required?: boolean;
  /** Part of the natural key the import matches on (case-insensitive). */
  key?: boolean;
  max?: number;
  enumLabels?: LabelMap<string>;
  /** Known headers (AD, Get-Printer, German sheets); compared after normalizeHeader. */
  aliases: string[];
  /** Import only: never exported (e.g. AD's Enabled flag decides whether a row is imported). */
  importOnly?: boolean;
  /** Value for new records when the column is not mapped. */
  createDefault?: unknown;
}

export interface ImportTargetSpec {
  target: ImportTarget;
  columns: ImportColumnSpec[];
  /** Columns that must be mapped (or, for a location, given as a value for all rows). */
  mustMap: string[];
  /** Targets whose rows may also assign the object to a person (column `person`). */
  personLink: boolean;
  /** "Nicht in Quelle" marking applies (object targets). */
  markable: boolean;
}

const t = (de: string, en: string): Label => ({ de, en });

const PERSON_REF: ImportColumnSpec = {
  field: 'person',
  label: t('Benutzername', 'Account name'),
  kind: 'person',
  aliases: ['Benutzername', 'SamAccountName', 'Anmeldename', 'Kennung', 'Benutzerkennung', 'Login', 'Person', 'User'],
};
const LOCATION_REF = (required: boolean): ImportColumnSpec => ({
  field: 'location',
  label: t('Standort', 'Location'),
  kind: 'location',
  required,
  aliases: ['Standort', 'Dienststelle', 'Dienstort', 'Gebäude', 'Liegenschaft', 'Site'],
});
const NOTES: ImportColumnSpec = {
  field: 'notes',
  label: t('Bemerkung', 'Notes'),
  kind: 'text',
  max: 4000,
  aliases: ['Bemerkung', 'Bemerkungen', 'Notiz', 'Notizen', 'Kommentar', 'Comment', 'Notes', 'Hinweis'],
};

export const IMPORT_SPECS: Record<ImportTarget, ImportTargetSpec> = {
  LOCATIONS: {
    target: 'LOCATIONS',
    mustMap: ['name'],
    personLink: false,
    markable: true,
    columns: [
      {
        field: 'name',
        label: t('Standort', 'Location'),
        kind: 'text',
        key: true,
        aliases: ['Standort', 'Name', 'Bezeichnung', 'Dienststelle', 'Location'],
      },
      {
        field: 'kind',
        label: t('Art', 'Kind'),
        kind: 'enum',
        enumLabels: LOCATION_KIND_LABELS,
        createDefault: 'SONSTIGES',
        aliases: ['Art', 'Typ', 'Standortart', 'Kind', 'Type'],
      },
      { field: 'street', label: t('Straße', 'Street'), kind: 'text', aliases: ['Straße', 'Strasse', 'Anschrift'] },
      {
        field: 'postalCode',
        label: t('PLZ', 'Postal code'),
        kind: 'postalCode',
        aliases: ['PLZ', 'Postleitzahl', 'PostalCode', 'Zip'],
      },
      { field: 'city', label: t('Ort', 'City'), kind: 'text', aliases: ['Ort', 'Stadt', 'City', 'Gemeinde'] },
      {
        field: 'ags',
        label: t('Gemeindeschlüssel (AGS)', 'Municipality key (AGS)'),
        kind: 'ags',
        aliases: ['AGS', 'Gemeindeschlüssel', 'Amtlicher Gemeindeschlüssel'],
      },
      {
        field: 'lanSpeedMbit',
        label: t('LAN (Mbit/s)', 'LAN (Mbit/s)'),
        kind: 'int',
        aliases: ['LAN', 'LAN-Geschwindigkeit', 'LAN Mbit/s'],
      },
      {
        field: 'wanLink',
        label: t('WAN-Anbindung', 'WAN link'),
        kind: 'text',
        aliases: ['WAN', 'WAN-Anbindung', 'Anbindung'],
      },
      {
        field: 'bandwidthMbit',
        label: t('Bandbreite (Mbit/s)', 'Bandwidth (Mbit/s)'),
        kind: 'int',
        aliases: ['Bandbreite', 'Bandwidth'],
      },
      NOTES,
    ],
  },
  PERSONS: {
    target: 'PERSONS',
    mustMap: ['accountName'],
    personLink: false,
    markable: true,
    columns: [
      {
        field: 'accountName',
        label: t('Benutzername', 'Account name'),
        kind: 'text',
        key: true,
        max: 104,
        aliases: ['SamAccountName', 'Benutzername', 'Anmeldename', 'Kennung', 'Benutzerkennung', 'Login', 'UserName'],
      },
      {
        field: 'givenName',
        label: t('Vorname', 'Given name'),
        kind: 'text',
        aliases: ['GivenName', 'Vorname', 'FirstName'],
      },
      {
        field: 'surname',
        label: t('Nachname', 'Surname'),
        kind: 'text',
        aliases: ['Surname', 'Nachname', 'Familienname', 'LastName', 'sn'],
      },
      {
        field: 'displayName',
        label: t('Anzeigename', 'Display name'),
        kind: 'text',
        aliases: ['DisplayName', 'Anzeigename', 'Name', 'Vollständiger Name', 'CN'],
      },
      {
        field: 'department',
        label: t('Abteilung', 'Department'),
        kind: 'text',
        aliases: ['Department', 'Abteilung', 'Fachbereich', 'Amt', 'Fachdienst', 'Organisationseinheit', 'OE'],
      },
      { ...LOCATION_REF(false), aliases: [...LOCATION_REF(false).aliases, 'Office'] },
      {
        field: 'email',
        label: t('E-Mail', 'E-mail'),
        kind: 'email',
        max: 254,
        aliases: ['EmailAddress', 'E-Mail', 'Email', 'Mail', 'E-Mail-Adresse', 'UserPrincipalName'],
      },
      {
        field: 'enabled',
        label: t('Aktiv', 'Enabled'),
        kind: 'boolean',
        importOnly: true,
        aliases: ['Enabled', 'Aktiv', 'Aktiviert'],
      },
    ],
  },
  WORKSTATIONS: {
    target: 'WORKSTATIONS',
    mustMap: ['name', 'location'],
    personLink: false,
    markable: true,
    columns: [
      {
        field: 'name',
        label: t('Arbeitsplatz', 'Workstation'),
        kind: 'text',
        key: true,
        aliases: ['Arbeitsplatz', 'Name', 'Arbeitsplatzname', 'Workstation'],
      },
      LOCATION_REF(true),
      { field: 'room', label: t('Raum', 'Room'), kind: 'text', aliases: ['Raum', 'Zimmer', 'Büro', 'Room'] },
      {
        field: 'currentHostname',
        label: t('Hostname (Altgerät)', 'Hostname (old device)'),
        kind: 'text',
        aliases: ['Hostname', 'Computername', 'Rechnername', 'DNSHostName', 'PC'],
      },
      {
        field: 'currentOs',
        label: t('Betriebssystem', 'Operating system'),
        kind: 'text',
        aliases: ['Betriebssystem', 'OperatingSystem', 'OS'],
      },
      {
        field: 'targetDeviceSerial',
        label: t('Seriennummer Thin Client', 'Thin client serial'),
        kind: 'text',
        aliases: ['Seriennummer', 'Seriennummer Thin Client', 'SerialNumber', 'Thin Client'],
      },
      NOTES,
      {
        field: 'persons',
        label: t('Personen (Benutzernamen)', 'Persons (account names)'),
        kind: 'personList',
        aliases: ['Personen', 'Benutzer', 'Nutzer', 'Benutzername', 'SamAccountName', 'Users'],
      },
    ],
  },
  PRINTERS: {
    target: 'PRINTERS',
    mustMap: ['name', 'location'],
    personLink: false,
    markable: true,
    columns: [
      {
        field: 'name',
        label: t('Drucker', 'Printer'),
        kind: 'text',
        key: true,
        aliases: ['Name', 'Drucker', 'Druckername', 'Gerät', 'Printer'],
      },
      LOCATION_REF(true),
      {
        field: 'kind',
        label: t('Art', 'Kind'),
        kind: 'enum',
        enumLabels: PRINTER_KIND_LABELS,
        createDefault: 'PRINTER',
        aliases: ['Art', 'Typ', 'Gerätetyp', 'Kind', 'Type'],
      },
      {
        field: 'model',
        label: t('Modell', 'Model'),
        kind: 'text',
        aliases: ['DriverName', 'Modell', 'Treiber', 'Model'],
      },
      {
        field: 'address',
        label: t('IP/Anschluss', 'IP/port'),
        kind: 'text',
        aliases: ['PortName', 'IP', 'IP-Adresse', 'Adresse', 'Anschluss', 'Port'],
      },
      {
        field: 'shareName',
        label: t('Freigabename', 'Share name'),
        kind: 'text',
        aliases: ['ShareName', 'Freigabename', 'Freigabe', 'Warteschlange'],
      },
      {
        field: 'room',
        label: t('Raum', 'Room'),
        kind: 'text',
        // Get-Printer's "Location" is free text such as "2. OG, Raum 204", not a Standort.
        aliases: ['Raum', 'Zimmer', 'Room', 'Location'],
      },
      {
        field: 'targetQueue',
        label: t('Ziel-Warteschlange', 'Target queue'),
        kind: 'text',
        aliases: ['Ziel-Warteschlange', 'Zielwarteschlange', 'Neue Warteschlange', 'TargetQueue'],
      },
      NOTES,
    ],
  },
  PERSON_PRINTERS: {
    target: 'PERSON_PRINTERS',
    mustMap: ['person', 'printer'],
    personLink: false,
    markable: false,
    columns: [
      { ...PERSON_REF, key: true },
      {
        field: 'printer',
        label: t('Drucker', 'Printer'),
        kind: 'printer',
        key: true,
        aliases: ['Drucker', 'Druckername', 'Printer', 'PrinterName', 'Name'],
      },
      {
        field: 'isDefault',
        label: t('Standarddrucker', 'Default printer'),
        kind: 'boolean',
        aliases: ['Standarddrucker', 'Standard', 'Default', 'IsDefault'],
      },
    ],
  },
  SOFTWARE: {
    target: 'SOFTWARE',
    mustMap: ['product'],
    personLink: true,
    markable: true,
    columns: [
      {
        field: 'product',
        label: t('Produkt', 'Product'),
        kind: 'text',
        key: true,
        aliases: ['Produkt', 'Software', 'Programm', 'Anwendung', 'Product', 'DisplayName'],
      },
      {
        field: 'versionLabel',
        label: t('Version', 'Version'),
        kind: 'text',
        key: true,
        // Part of the key, but many products have no version.
        required: false,
        aliases: ['Version', 'DisplayVersion', 'Versionsnummer'],
      },
      {
        field: 'vendor',
        label: t('Hersteller', 'Vendor'),
        kind: 'text',
        aliases: ['Hersteller', 'Vendor', 'Publisher', 'Anbieter'],
      },
      { field: 'licence', label: t('Lizenz', 'Licence'), kind: 'text', aliases: ['Lizenz', 'Lizenzart', 'License'] },
      {
        field: 'delivery',
        label: t('Bereitstellung', 'Delivery'),
        kind: 'enum',
        enumLabels: SOFTWARE_DELIVERY_LABELS,
        createDefault: 'OPEN',
        aliases: ['Bereitstellung', 'Zielbereitstellung', 'Delivery'],
      },
      {
        field: 'replacedBy',
        label: t('Ersetzt durch', 'Replaced by'),
        kind: 'text',
        aliases: ['Ersetzt durch', 'Ersatz', 'ReplacedBy'],
      },
      PERSON_REF,
    ],
  },
  FILE_SHARES: {
    target: 'FILE_SHARES',
    mustMap: ['uncPath'],
    personLink: true,
    markable: true,
    columns: [
      {
        field: 'uncPath',
        label: t('Pfad (UNC)', 'Path (UNC)'),
        kind: 'text',
        key: true,
        aliases: ['Pfad', 'UNC', 'UNC-Pfad', 'Freigabe', 'Path', 'Share'],
      },
      {
        field: 'driveLetter',
        label: t('Laufwerk', 'Drive'),
        kind: 'driveLetter',
        aliases: ['Laufwerk', 'Laufwerksbuchstabe', 'Drive', 'DriveLetter'],
      },
      LOCATION_REF(false),
      {
        field: 'sizeGb',
        label: t('Größe (GB)', 'Size (GB)'),
        kind: 'decimal',
        aliases: ['Größe', 'Größe (GB)', 'Groesse', 'Size', 'SizeGB'],
      },
      {
        field: 'owningDepartment',
        label: t('Zuständige Abteilung', 'Owning department'),
        kind: 'text',
        aliases: ['Zuständige Abteilung', 'Abteilung', 'Fachbereich', 'Eigentümer', 'Owner'],
      },
      {
        field: 'targetPath',
        label: t('Zielpfad', 'Target path'),
        kind: 'text',
        aliases: ['Zielpfad', 'Neuer Pfad', 'TargetPath'],
      },
      PERSON_REF,
      {
        field: 'access',
        label: t('Zugriff', 'Access'),
        kind: 'enum',
        enumLabels: SHARE_ACCESS_LABELS,
        aliases: ['Zugriff', 'Rechte', 'Berechtigung', 'Access', 'Rights'],
      },
      {
        field: 'personDriveLetter',
        label: t('Laufwerk der Person', "Person's drive"),
        kind: 'driveLetter',
        aliases: ['Laufwerk der Person', 'Laufwerk Person', 'Persönliches Laufwerk'],
      },
    ],
  },
  FACHVERFAHREN: {
    target: 'FACHVERFAHREN',
    mustMap: ['name'],
    personLink: true,
    markable: true,
    columns: [
      {
        field: 'name',
        label: t('Fachverfahren', 'Fachverfahren'),
        kind: 'text',
        key: true,
        aliases: ['Fachverfahren', 'Verfahren', 'Name', 'Anwendung'],
      },
      {
        field: 'area',
        label: t('Bereich', 'Area'),
        kind: 'enum',
        enumLabels: FACHVERFAHREN_AREA_LABELS,
        createDefault: 'SONSTIGES',
        aliases: ['Bereich', 'Fachgebiet', 'Aufgabe', 'Area'],
      },
      {
        field: 'vendor',
        label: t('Hersteller', 'Vendor'),
        kind: 'text',
        aliases: ['Hersteller', 'Anbieter', 'Vendor'],
      },
      {
        field: 'currentOperation',
        label: t('Betrieb heute', 'Operated today'),
        kind: 'enum',
        enumLabels: OPERATING_MODE_LABELS,
        aliases: ['Betrieb heute', 'Betrieb aktuell', 'Betriebsart'],
      },
      {
        field: 'targetOperation',
        label: t('Betrieb künftig', 'Operated in future'),
        kind: 'enum',
        enumLabels: OPERATING_MODE_LABELS,
        aliases: ['Betrieb künftig', 'Zielbetrieb'],
      },
      {
        field: 'criticality',
        label: t('Kritikalität', 'Criticality'),
        kind: 'enum',
        enumLabels: CRITICALITY_LABELS,
        aliases: ['Kritikalität', 'Kritisch', 'Criticality'],
      },
      {
        field: 'crisisRelevant',
        label: t('Krisenrelevant', 'Crisis-relevant'),
        kind: 'boolean',
        aliases: ['Krisenrelevant', 'Krisenfall'],
      },
      {
        field: 'personalData',
        label: t('Personenbezogene Daten', 'Personal data'),
        kind: 'boolean',
        aliases: ['Personenbezogene Daten', 'Personenbezug'],
      },
      {
        field: 'interfaces',
        label: t('Schnittstellen', 'Interfaces'),
        kind: 'enumList',
        enumLabels: FACHVERFAHREN_INTERFACE_LABELS,
        aliases: ['Schnittstellen', 'Schnittstelle', 'Interfaces'],
      },
      {
        field: 'interfaceNotes',
        label: t('Hinweise zu Schnittstellen', 'Interface notes'),
        kind: 'text',
        max: 4000,
        aliases: ['Hinweise zu Schnittstellen', 'Schnittstellenhinweise'],
      },
      {
        field: 'responsibleDepartment',
        label: t('Fachlich zuständig', 'Responsible department'),
        kind: 'text',
        aliases: ['Fachlich zuständig', 'Zuständig', 'Fachabteilung', 'Abteilung'],
      },
      PERSON_REF,
    ],
  },
};

/** Columns written by exports, in order (import-only columns left out). */
export function exportColumns(target: ImportTarget, withPersons = true): ImportColumnSpec[] {
  const spec = IMPORT_SPECS[target];
  return spec.columns.filter(
    (c) =>
      !c.importOnly &&
      (withPersons || !spec.personLink || !['person', 'access', 'personDriveLetter'].includes(c.field)),
  );
}

/** Lower-case, umlauts spelled out, everything but letters and digits dropped: "E-Mail-Adresse" → "emailadresse". */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Field suggested for each header (null: none). Exact German export labels win over aliases; a
 * field is suggested once, for its first matching header.
 */
export function suggestMapping(target: ImportTarget, headers: string[]): (string | null)[] {
  const columns = IMPORT_SPECS[target].columns;
  const taken = new Set<string>();
  const result: (string | null)[] = headers.map(() => null);
  // German labels (our own exports) first, then known headers; English labels last, so Get-Printer's
  // free-text "Location" stays a room and is not taken for the Standort.
  const passes: ((c: ImportColumnSpec) => string[])[] = [(c) => [c.label.de], (c) => c.aliases, (c) => [c.label.en]];
  for (const candidates of passes) {
    headers.forEach((header, i) => {
      if (result[i] !== null) return;
      const h = normalizeHeader(header);
      if (!h) return;
      const hit = columns.find((c) => !taken.has(c.field) && candidates(c).some((a) => normalizeHeader(a) === h));
      if (hit) {
        result[i] = hit.field;
        taken.add(hit.field);
      }
    });
  }
  return result;
}

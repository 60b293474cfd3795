import {
  CRITICALITY_LABELS,
  FACHVERFAHREN_AREA_LABELS,
  FACHVERFAHREN_INTERFACE_LABELS,
  OPERATING_MODE_LABELS,
  SHARE_ACCESS_LABELS,
  SOFTWARE_DELIVERY_LABELS,
} from './inventory';
import { LOCATION_REF, PERSON_REF, t } from './import-column-parts';
import type { ImportTarget, ImportTargetSpec } from './import-specs';

/** The columns of the targets that assign something to persons: printers, software, shares, Fachverfahren. */
export const ASSIGNMENT_IMPORT_SPECS: Pick<
  Record<ImportTarget, ImportTargetSpec>,
  'PERSON_PRINTERS' | 'SOFTWARE' | 'FILE_SHARES' | 'FACHVERFAHREN'
> = {
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

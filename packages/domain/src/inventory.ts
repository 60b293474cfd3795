import { type LabelMap, valuesOf } from './labels';

export type TenantKind = 'AMT' | 'SAMTGEMEINDE' | 'VERWALTUNGSGEMEINSCHAFT' | 'STADT' | 'GEMEINDE' | 'KREIS';
export const TENANT_KIND_LABELS: LabelMap<TenantKind> = {
  AMT: { de: 'Amt', en: 'Amt (joint office)' },
  SAMTGEMEINDE: { de: 'Samtgemeinde', en: 'Samtgemeinde (joint municipality)' },
  VERWALTUNGSGEMEINSCHAFT: { de: 'Verwaltungsgemeinschaft', en: 'Administrative association' },
  STADT: { de: 'Stadt', en: 'Town' },
  GEMEINDE: { de: 'Gemeinde', en: 'Municipality' },
  KREIS: { de: 'Kreis', en: 'District (Kreis)' },
};
export const TENANT_KINDS = valuesOf(TENANT_KIND_LABELS);

export type LocationKind =
  | 'RATHAUS'
  | 'VERWALTUNGSGEBAEUDE'
  | 'BUERGERBUERO'
  | 'ORTSAMT'
  | 'BAUHOF'
  | 'FREIBAD'
  | 'TOURISTINFO'
  | 'SCHULE'
  | 'SONSTIGES';
export const LOCATION_KIND_LABELS: LabelMap<LocationKind> = {
  RATHAUS: { de: 'Rathaus', en: 'Town hall' },
  VERWALTUNGSGEBAEUDE: { de: 'Verwaltungsgebäude', en: 'Administration building' },
  BUERGERBUERO: { de: 'Bürgerbüro', en: "Citizens' office" },
  ORTSAMT: { de: 'Ortsamt', en: 'Local office' },
  BAUHOF: { de: 'Bauhof', en: 'Works depot' },
  FREIBAD: { de: 'Freibad', en: 'Outdoor pool' },
  TOURISTINFO: { de: 'Tourist-Information', en: 'Tourist office' },
  SCHULE: { de: 'Schule', en: 'School' },
  SONSTIGES: { de: 'Sonstiges', en: 'Other' },
};
export const LOCATION_KINDS = valuesOf(LOCATION_KIND_LABELS);

export type PrinterKind = 'PRINTER' | 'MULTIFUNCTION' | 'COPIER' | 'SCANNER' | 'LABEL_PRINTER';
export const PRINTER_KIND_LABELS: LabelMap<PrinterKind> = {
  PRINTER: { de: 'Drucker', en: 'Printer' },
  MULTIFUNCTION: { de: 'Multifunktionsgerät', en: 'Multifunction device' },
  COPIER: { de: 'Kopierer', en: 'Copier' },
  SCANNER: { de: 'Scanner', en: 'Scanner' },
  LABEL_PRINTER: { de: 'Etikettendrucker', en: 'Label printer' },
};
export const PRINTER_KINDS = valuesOf(PRINTER_KIND_LABELS);

export type SoftwareDelivery = 'STANDARD_IMAGE' | 'PUBLISHED_APP' | 'REPLACED' | 'NOT_PROVIDED' | 'OPEN';
export const SOFTWARE_DELIVERY_LABELS: LabelMap<SoftwareDelivery> = {
  STANDARD_IMAGE: { de: 'Standard-Image', en: 'Standard image' },
  PUBLISHED_APP: { de: 'Veröffentlichte Anwendung', en: 'Published app' },
  REPLACED: { de: 'Ersetzt durch …', en: 'Replaced by …' },
  NOT_PROVIDED: { de: 'Wird nicht bereitgestellt', en: 'Not provided' },
  OPEN: { de: 'Noch offen', en: 'Not decided' },
};
export const SOFTWARE_DELIVERIES = valuesOf(SOFTWARE_DELIVERY_LABELS);

export type ShareAccess = 'READ' | 'WRITE';
export const SHARE_ACCESS_LABELS: LabelMap<ShareAccess> = {
  READ: { de: 'Lesen', en: 'Read' },
  WRITE: { de: 'Lesen und Schreiben', en: 'Read and write' },
};
export const SHARE_ACCESSES = valuesOf(SHARE_ACCESS_LABELS);

export type OperatingMode = 'LOCAL_SERVER' | 'PROVIDER_DATACENTER' | 'SAAS' | 'OPEN';
export const OPERATING_MODE_LABELS: LabelMap<OperatingMode> = {
  LOCAL_SERVER: { de: 'Lokaler Server', en: 'Local server' },
  PROVIDER_DATACENTER: { de: 'Rechenzentrum des Dienstleisters', en: "Provider's data centre" },
  SAAS: { de: 'Bereits SaaS', en: 'Already SaaS' },
  OPEN: { de: 'Noch offen', en: 'Not decided' },
};
export const OPERATING_MODES = valuesOf(OPERATING_MODE_LABELS);

export type Criticality = 'LOW' | 'MEDIUM' | 'HIGH';
export const CRITICALITY_LABELS: LabelMap<Criticality> = {
  LOW: { de: 'Niedrig', en: 'Low' },
  MEDIUM: { de: 'Mittel', en: 'Medium' },
  HIGH: { de: 'Hoch', en: 'High' },
};
export const CRITICALITIES = valuesOf(CRITICALITY_LABELS);

export type FachverfahrenArea =
  | 'EINWOHNERMELDEWESEN'
  | 'PERSONENSTAND'
  | 'GEWERBE'
  | 'FINANZWESEN'
  | 'WOHNGELD'
  | 'ORDNUNGSWIDRIGKEITEN'
  | 'BAUVERWALTUNG'
  | 'KITA'
  | 'RATSINFORMATION'
  | 'GIS'
  | 'DMS'
  | 'ZEITERFASSUNG'
  | 'PERSONALWESEN'
  | 'SONSTIGES';
export const FACHVERFAHREN_AREA_LABELS: LabelMap<FachverfahrenArea> = {
  EINWOHNERMELDEWESEN: { de: 'Einwohnermeldewesen', en: 'Residents registration' },
  PERSONENSTAND: { de: 'Personenstand/Standesamt', en: 'Civil registry' },
  GEWERBE: { de: 'Gewerbe', en: 'Trade register' },
  FINANZWESEN: { de: 'Finanzwesen/Kasse', en: 'Finance/treasury' },
  WOHNGELD: { de: 'Wohngeld', en: 'Housing benefit' },
  ORDNUNGSWIDRIGKEITEN: { de: 'Ordnungswidrigkeiten', en: 'Administrative offences' },
  BAUVERWALTUNG: { de: 'Bauverwaltung', en: 'Building administration' },
  KITA: { de: 'Kita-Verwaltung', en: 'Day-care administration' },
  RATSINFORMATION: { de: 'Ratsinformationssystem', en: 'Council information system' },
  GIS: { de: 'Geoinformationssystem (GIS)', en: 'Geographic information system (GIS)' },
  DMS: { de: 'Dokumentenmanagement (DMS)', en: 'Document management (DMS)' },
  ZEITERFASSUNG: { de: 'Zeiterfassung', en: 'Time recording' },
  PERSONALWESEN: { de: 'Personalwesen', en: 'Human resources' },
  SONSTIGES: { de: 'Sonstiges', en: 'Other' },
};
export const FACHVERFAHREN_AREAS = valuesOf(FACHVERFAHREN_AREA_LABELS);

export type FachverfahrenInterface = 'XMELD_OSCI' | 'TEXT_COUPLING' | 'SPECIAL_MAILBOX' | 'OTHER';
export const FACHVERFAHREN_INTERFACE_LABELS: LabelMap<FachverfahrenInterface> = {
  XMELD_OSCI: { de: 'XMeld/OSCI', en: 'XMeld/OSCI' },
  TEXT_COUPLING: { de: 'Textkopplung (Word-Vorlagen)', en: 'Word text coupling (templates)' },
  SPECIAL_MAILBOX: { de: 'Sonderpostfach (beBPo/EGVP)', en: 'Special mailbox (beBPo/EGVP)' },
  OTHER: { de: 'Sonstige Schnittstelle', en: 'Other interface' },
};
export const FACHVERFAHREN_INTERFACES = valuesOf(FACHVERFAHREN_INTERFACE_LABELS);

/** Official municipality key (Amtlicher Gemeindeschlüssel): exactly 8 digits. */
export const AGS_PATTERN = /^\d{8}$/;

/** Bounds shared by API validation and web forms. */
export const LIMITS = {
  shortText: 200,
  longText: 4000,
  pageSizeMax: 1000,
  pageSizeDefault: 50,
  searchMax: 200,
  memberMunicipalitiesMax: 100,
  /** Largest import file, and most data rows in one. */
  importMaxMegabytes: 100,
  importMaxRows: 500_000,
} as const;

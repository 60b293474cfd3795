import { SOFTWARE_DELIVERIES, type PrinterKind, type SoftwareDelivery } from '@schaltplan/domain';

/** Departments (Fachbereiche/Ämter) by a stable key; tenants may rename them. */
export type DeptKey =
  | 'LEITUNG'
  | 'ZENTRAL'
  | 'PERSONAL'
  | 'IT'
  | 'FINANZEN'
  | 'STEUERN'
  | 'BUERGER'
  | 'ORDNUNG'
  | 'STANDESAMT'
  | 'BAU'
  | 'SOZIAL'
  | 'JUGEND'
  | 'SCHULE'
  | 'BAUHOF'
  | 'GREMIEN'
  | 'VERKEHR'
  | 'GESUNDHEIT'
  | 'UMWELT'
  | 'VETERINAER'
  | 'KATASTER'
  | 'STRASSEN'
  | 'PRUEFUNG';

/** Default display name and share folder name of each department. */
export const DEPARTMENTS: Readonly<Record<DeptKey, { name: string; share: string }>> = {
  LEITUNG: { name: 'Verwaltungsleitung', share: 'Leitung' },
  ZENTRAL: { name: 'Zentrale Dienste', share: 'Zentrale_Dienste' },
  PERSONAL: { name: 'Personal', share: 'Personal' },
  IT: { name: 'IT und Digitalisierung', share: 'IT' },
  FINANZEN: { name: 'Finanzen/Kasse', share: 'Finanzen' },
  STEUERN: { name: 'Steuern und Abgaben', share: 'Steuern' },
  BUERGER: { name: 'Bürgerservice', share: 'Buergerservice' },
  ORDNUNG: { name: 'Ordnungsamt', share: 'Ordnungsamt' },
  STANDESAMT: { name: 'Standesamt', share: 'Standesamt' },
  BAU: { name: 'Bauamt', share: 'Bauamt' },
  SOZIAL: { name: 'Sozialamt', share: 'Soziales' },
  JUGEND: { name: 'Jugendamt', share: 'Jugendamt' },
  SCHULE: { name: 'Schulen und Kultur', share: 'Schulen' },
  BAUHOF: { name: 'Bauhof', share: 'Bauhof' },
  GREMIEN: { name: 'Kreistagsbüro', share: 'Gremien' },
  VERKEHR: { name: 'Straßenverkehrsamt', share: 'Verkehr' },
  GESUNDHEIT: { name: 'Gesundheitsamt', share: 'Gesundheitsamt' },
  UMWELT: { name: 'Umweltamt', share: 'Umwelt' },
  VETERINAER: { name: 'Veterinäramt', share: 'Veterinaeramt' },
  KATASTER: { name: 'Kataster und Geoinformation', share: 'Kataster' },
  STRASSEN: { name: 'Straßenmeisterei', share: 'Strassenmeisterei' },
  PRUEFUNG: { name: 'Rechnungsprüfung', share: 'Rechnungspruefung' },
};

/** Departments with counter service: more desk printers, more shared workstations. */
export const COUNTER_DEPTS: ReadonlySet<DeptKey> = new Set(['BUERGER', 'FINANZEN', 'STANDESAMT', 'VERKEHR']);

export interface SoftwareSpec {
  key: string;
  product: string;
  vendor: string;
  version: string | null;
  licence: string;
  delivery: SoftwareDelivery;
  replacedBy: string | null;
  /**
   * Chance that a person has it assigned. Standard-image products have none: everyone
   * gets them with the image, so inventories list only what deviates.
   */
  base: number;
  byDept: Partial<Record<DeptKey, number>>;
}

// One product per line: key | product | vendor | version | licence | delivery | chance | by department | replaced by
const SOFTWARE_TABLE = `
office | Microsoft Office LTSC Professional Plus | Microsoft | 2021 | Volumenlizenz | STANDARD_IMAGE | 0 | |
reader | Adobe Acrobat Reader | Adobe | DC 2024 | Freeware | STANDARD_IMAGE | 0 | |
7zip | 7-Zip | Igor Pavlov | 23.01 | Open Source (LGPL) | STANDARD_IMAGE | 0 | |
firefox | Mozilla Firefox ESR | Mozilla | 128 | Open Source (MPL) | STANDARD_IMAGE | 0 | |
vlc | VLC media player | VideoLAN | 3.0.20 | Open Source (GPL) | NOT_PROVIDED | 0.04 | |
citrix | Citrix Workspace | Citrix | 2311 | kostenfrei | REPLACED | 0.08 | FINANZEN=0.5 | Zugriff über den Cloud-Arbeitsplatz
acrobat | Adobe Acrobat Pro | Adobe | DC | Named User (Abo) | PUBLISHED_APP | 0.05 | ZENTRAL=0.3,BAU=0.4,GREMIEN=0.6,LEITUNG=0.5 |
autocad | AutoCAD LT | Autodesk | 2022 | Einzelplatz | PUBLISHED_APP | 0 | BAU=0.35,KATASTER=0.4,STRASSEN=0.3 |
pdf24 | PDF24 Creator | geek software | 11.15 | Freeware | REPLACED | 0.08 | | Adobe Acrobat Reader
irfanview | IrfanView | Irfan Skiljan | 4.67 | Freeware (nur privat) | NOT_PROVIDED | 0.03 | |
notepadpp | Notepad++ | Don Ho | 8.6 | Open Source (GPL) | OPEN | 0 | IT=1 |
keepass | KeePass Password Safe | Dominik Reichl | 2.57 | Open Source (GPL) | OPEN | 0.01 | IT=1 |
governikus | Governikus Communicator | Governikus | 3.9 | Landeslizenz | PUBLISHED_APP | 0 | ORDNUNG=0.3,FINANZEN=0.15,STANDESAMT=0.6,JUGEND=0.1 |
visio | Microsoft Visio Standard | Microsoft | 2019 | Einzelplatz | PUBLISHED_APP | 0.005 | IT=0.6,ZENTRAL=0.1 |
dragon | Dragon Professional | Nuance | 16 | Einzelplatz | NOT_PROVIDED | 0 | GESUNDHEIT=0.08,LEITUNG=0.3 |
starmoney | StarMoney Business | Star Finanz | 9 | Mehrplatz (5) | OPEN | 0 | FINANZEN=0.25 |
qgis | QGIS | QGIS.org | 3.34 LTR | Open Source (GPL) | PUBLISHED_APP | 0 | KATASTER=0.6,BAU=0.15,UMWELT=0.3 |
teamviewer | TeamViewer | TeamViewer | 15 | Corporate | REPLACED | 0 | IT=0.8 | Fernwartung des Dienstleisters
`;

function parseSoftware(line: string): SoftwareSpec {
  const cells = line.split('|').map((c) => c.trim());
  if (cells.length !== 9) throw new Error(`demo software table: 9 cells expected in "${line}"`);
  const [key, product, vendor, version, licence, delivery, base, byDept, replacedBy] = cells as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const found = SOFTWARE_DELIVERIES.find((d) => d === delivery);
  if (!found) throw new Error(`demo software table: unknown delivery "${delivery}"`);
  const chances: Partial<Record<DeptKey, number>> = {};
  for (const pair of byDept === '' ? [] : byDept.split(',')) {
    const [dept = '', chance = '0'] = pair.split('=');
    if (!(dept in DEPARTMENTS)) throw new Error(`demo software table: unknown department "${dept}"`);
    chances[dept as DeptKey] = Number(chance);
  }
  return {
    key,
    product,
    vendor,
    version: version === '' ? null : version,
    licence,
    delivery: found,
    replacedBy: replacedBy === '' ? null : replacedBy,
    base: Number(base),
    byDept: chances,
  };
}

export const SOFTWARE: readonly SoftwareSpec[] = SOFTWARE_TABLE.split('\n')
  .filter((line) => line.trim() !== '')
  .map(parseSoftware);

export interface PrinterModel {
  model: string;
  kind: PrinterKind;
}

export const FLOOR_MFPS: readonly PrinterModel[] = [
  { model: 'Kyocera TASKalfa 3554ci', kind: 'MULTIFUNCTION' },
  { model: 'Kyocera TASKalfa 2554ci', kind: 'MULTIFUNCTION' },
  { model: 'Ricoh IM C3000', kind: 'MULTIFUNCTION' },
  { model: 'Ricoh IM C4500', kind: 'MULTIFUNCTION' },
  { model: 'HP Color LaserJet Enterprise MFP M480f', kind: 'MULTIFUNCTION' },
  { model: 'Brother MFC-L8900CDW', kind: 'MULTIFUNCTION' },
];

export const ROOM_PRINTERS: readonly string[] = [
  'HP LaserJet Pro M404dn',
  'Brother HL-L5100DN',
  'Kyocera ECOSYS P2235dn',
  'HP LaserJet Pro M501dn',
  'Brother HL-L6250DN',
];

/** Desk printers on USB: no network address, so no print queue can simply be moved. */
export const USB_PRINTERS: readonly string[] = ['Brother HL-L2350DW', 'HP LaserJet P2055d', 'HP LaserJet Pro M15w'];

export const COPIER: PrinterModel = { model: 'Kyocera TASKalfa 5054ci', kind: 'COPIER' };
export const MAILROOM_SCANNER: PrinterModel = { model: 'Fujitsu fi-7160', kind: 'SCANNER' };
export const CERTIFICATE_PRINTER: PrinterModel = { model: 'Kyocera ECOSYS P3145dn (Urkundenpapier)', kind: 'PRINTER' };
export const PASSBOOK_PRINTER: PrinterModel = { model: 'Olivetti PR2 Plus', kind: 'PRINTER' };
export const LABEL_PRINTER: PrinterModel = { model: 'Brother QL-820NWB', kind: 'LABEL_PRINTER' };

export const OPERATING_SYSTEMS: readonly (readonly [string, number])[] = [
  ['Windows 10 Pro 22H2', 50],
  ['Windows 10 Enterprise 22H2', 8],
  ['Windows 11 Pro 23H2', 30],
  ['Windows 11 Enterprise 23H2', 10],
  ['Windows 10 Enterprise LTSC 2019', 2],
];

export const THIN_CLIENT_MODELS: readonly string[] = ['IGEL UD3', 'IGEL UD7', 'Dell Wyse 5070', 'HP t640'];

/** Floor labels as used on German door signs: EG, 1. OG, 2. OG … */
export function floorLabels(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? 'EG' : `${i}. OG`));
}

/** Space-separated words as a list; keeps long key lists on one line. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** Staff per department from "ZENTRAL:6 BAU:3", checked against the department keys. */
export function staff(text: string): [DeptKey, number][] {
  return words(text).map((pair) => {
    const [dept = '', count = ''] = pair.split(':');
    if (!(dept in DEPARTMENTS) || !/^\d+$/.test(count)) throw new Error(`demo staff list: bad entry "${pair}"`);
    return [dept as DeptKey, Number(count)];
  });
}

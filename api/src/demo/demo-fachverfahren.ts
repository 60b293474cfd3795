import {
  CRITICALITIES,
  FACHVERFAHREN_AREAS,
  FACHVERFAHREN_INTERFACES,
  OPERATING_MODES,
  type Criticality,
  type FachverfahrenArea,
  type FachverfahrenInterface,
  type OperatingMode,
} from '@schaltplan/domain';
import { DEPARTMENTS, type DeptKey } from './demo-catalogue';

export interface FachverfahrenSpec {
  key: string;
  name: string;
  area: FachverfahrenArea;
  vendor: string;
  /** Departments that use it, by preference; the first one the tenant has is responsible. */
  depts: DeptKey[];
  /** How many persons use it: [min, max]. A typical Fachverfahren has fewer than 4 users. */
  users: [number, number];
  current: OperatingMode;
  target: OperatingMode;
  criticality: Criticality;
  crisis: boolean;
  personalData: boolean;
  interfaces: FachverfahrenInterface[];
  notes: string | null;
}

// One Fachverfahren per line, kept as a table so it stays readable:
// key | name | area | vendor | departments | users | current>target | criticality | interfaces | flags | notes
// flags: "crisis" = must work in a crisis, "anon" = no personal data.
const TABLE = `
ewo | OK.EWO | EINWOHNERMELDEWESEN | AKDB | BUERGER | 2-3 | LOCAL_SERVER>PROVIDER_DATACENTER | HIGH | XMELD_OSCI | crisis | XMeld-Nachrichten über den OSCI-Intermediär; Fingerabdruckscanner für Pass und Ausweis
autista | AUTISTA | PERSONENSTAND | Verlag für Standesamtswesen | STANDESAMT,ORDNUNG | 1-2 | LOCAL_SERVER>PROVIDER_DATACENTER | HIGH | XMELD_OSCI,TEXT_COUPLING | | XPersonenstand über OSCI; Urkundenvorlagen liegen lokal
gewerbe | OK.GEWERBE | GEWERBE | AKDB | ORDNUNG | 1-2 | LOCAL_SERVER>PROVIDER_DATACENTER | MEDIUM | XMELD_OSCI | | XGewerbeanzeige an Kammern und Finanzamt
prodoppik | H&H proDoppik | FINANZWESEN | H&H Datenverarbeitungs- und Beratungsgesellschaft | FINANZEN | 2-3 | LOCAL_SERVER>PROVIDER_DATACENTER | HIGH | TEXT_COUPLING | | Bescheid- und Mahnvorlagen in Word
veranlagung | H&H proDoppik Veranlagung | FINANZWESEN | H&H Datenverarbeitungs- und Beratungsgesellschaft | STEUERN,FINANZEN | 1-3 | LOCAL_SERVER>PROVIDER_DATACENTER | MEDIUM | TEXT_COUPLING | | Grund- und Hundesteuerbescheide
infoma | Infoma newsystem | FINANZWESEN | Axians Infoma | FINANZEN | 2-3 | PROVIDER_DATACENTER>PROVIDER_DATACENTER | HIGH | TEXT_COUPLING | |
avviso | avviso Vollstreckung | FINANZWESEN | ab-data | FINANZEN | 1-2 | LOCAL_SERVER>PROVIDER_DATACENTER | MEDIUM | SPECIAL_MAILBOX | | EGVP-Postfach mit Softwarezertifikat für Vollstreckungsaufträge
owi | WinOWiG | ORDNUNGSWIDRIGKEITEN | Kommunix | ORDNUNG | 1-3 | LOCAL_SERVER>PROVIDER_DATACENTER | MEDIUM | SPECIAL_MAILBOX,TEXT_COUPLING | | beBPo-Postfach für die Abgabe an das Amtsgericht
wohngeld | DiWoGe | WOHNGELD | Dataport | SOZIAL,SCHULE,BUERGER | 1-2 | PROVIDER_DATACENTER>PROVIDER_DATACENTER | MEDIUM | OTHER | | Datenabgleich mit der Rentenversicherung
probaug | ProBauG | BAUVERWALTUNG | PROSOZ Herten | BAU | 1-3 | LOCAL_SERVER>PROVIDER_DATACENTER | LOW | TEXT_COUPLING | |
kita | Little Bird | KITA | Little Bird | SCHULE,JUGEND,SOZIAL | 1-2 | SAAS>SAAS | LOW | | | Elternportal; nur der Zugangsweg ändert sich
allris | ALLRIS | RATSINFORMATION | CC e-gov | LEITUNG,ZENTRAL | 1-3 | LOCAL_SERVER>PROVIDER_DATACENTER | LOW | TEXT_COUPLING | | Sitzungsvorlagen aus Word-Vorlagen
sessionnet | SessionNet | RATSINFORMATION | Somacos | GREMIEN,LEITUNG | 2-3 | LOCAL_SERVER>PROVIDER_DATACENTER | LOW | TEXT_COUPLING | |
arcgis | ArcGIS Pro | GIS | Esri Deutschland | KATASTER,BAU | 1-2 | LOCAL_SERVER>OPEN | LOW | | anon |
alkis | ALKIS-Auskunft | GIS | AED-SICAD | KATASTER,BAU | 2-3 | PROVIDER_DATACENTER>PROVIDER_DATACENTER | LOW | OTHER | | Eigentümerangaben nur bei berechtigtem Interesse
enaio | enaio | DMS | OPTIMAL SYSTEMS | ZENTRAL | 2-3 | LOCAL_SERVER>PROVIDER_DATACENTER | MEDIUM | TEXT_COUPLING | | Pilotbetrieb im Posteingang
d3 | d.3ecm | DMS | d.velop | ZENTRAL,SOZIAL,JUGEND | 6-12 | LOCAL_SERVER>PROVIDER_DATACENTER | MEDIUM | TEXT_COUPLING | | E-Akte; Scanstraße im Posteingang
interflex | Interflex 6020 | ZEITERFASSUNG | Interflex Datensysteme | PERSONAL | 1-2 | LOCAL_SERVER>PROVIDER_DATACENTER | LOW | OTHER | | Zeiterfassungsterminals über das LAN angebunden
loga | LOGA | PERSONALWESEN | P&I Personal & Informatik | PERSONAL | 1-3 | PROVIDER_DATACENTER>PROVIDER_DATACENTER | HIGH | TEXT_COUPLING | |
pcwahl | PC-Wahl | SONSTIGES | vote iT | BUERGER,ZENTRAL | 1-2 | LOCAL_SERVER>OPEN | HIGH | | | Wahlvorbereitung und Schnellmeldung am Wahlabend
friedhof | FriedhofsOffice | SONSTIGES | Kommunix | ORDNUNG,BAUHOF | 1-2 | LOCAL_SERVER>PROVIDER_DATACENTER | LOW | TEXT_COUPLING | |
kfz | OK.VERKEHR | SONSTIGES | AKDB | VERKEHR | 6-12 | LOCAL_SERVER>PROVIDER_DATACENTER | HIGH | XMELD_OSCI,OTHER | | i-Kfz-Anbindung an das Kraftfahrt-Bundesamt
fuehrerschein | OK.FS | SONSTIGES | AKDB | VERKEHR | 2-3 | LOCAL_SERVER>PROVIDER_DATACENTER | MEDIUM | OTHER | | Zentrales Fahrerlaubnisregister beim KBA
waffen | OK.WAFFE | SONSTIGES | AKDB | ORDNUNG | 1-2 | LOCAL_SERVER>PROVIDER_DATACENTER | MEDIUM | XMELD_OSCI | | Nationales Waffenregister
survnet | SurvNet@RKI | SONSTIGES | Robert Koch-Institut | GESUNDHEIT | 2-3 | LOCAL_SERVER>OPEN | HIGH | OTHER | crisis | Meldungen nach dem Infektionsschutzgesetz
octoware | OctoWare TN | SONSTIGES | easy-soft | GESUNDHEIT | 2-3 | LOCAL_SERVER>PROVIDER_DATACENTER | MEDIUM | TEXT_COUPLING | |
balvi | Balvi iP | SONSTIGES | Balvi | VETERINAER | 2-3 | LOCAL_SERVER>PROVIDER_DATACENTER | HIGH | | crisis | Tierseuchenbekämpfung und Lebensmittelüberwachung
okjus | OK.JUS | SONSTIGES | AKDB | JUGEND | 2-3 | LOCAL_SERVER>PROVIDER_DATACENTER | HIGH | TEXT_COUPLING | |
prosoz | OPEN/PROSOZ | SONSTIGES | PROSOZ Herten | SOZIAL | 2-3 | LOCAL_SERVER>PROVIDER_DATACENTER | HIGH | TEXT_COUPLING | |
ttsib | TT-SIB | GIS | Lehmann + Partner | STRASSEN,BAU | 1-2 | LOCAL_SERVER>PROVIDER_DATACENTER | LOW | | anon |
`;

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new Error(`demo Fachverfahren table: unknown ${what} "${value}"`);
  return found;
}

const csv = (cell: string): string[] => (cell === '' ? [] : cell.split(',').map((s) => s.trim()));

function parseLine(line: string): FachverfahrenSpec {
  const cells = line.split('|').map((c) => c.trim());
  if (cells.length !== 11) throw new Error(`demo Fachverfahren table: 11 cells expected in "${line}"`);
  const [key, name, area, vendor, depts, users, modes, criticality, interfaces, flags, notes] = cells as [
    string,
    string,
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
  const [min = 1, max = min] = users.split('-').map(Number);
  const [current = '', target = ''] = modes.split('>');
  return {
    key,
    name,
    area: oneOf(area, FACHVERFAHREN_AREAS, 'area'),
    vendor,
    depts: csv(depts).map((d) => oneOf(d, Object.keys(DEPARTMENTS) as DeptKey[], 'department')),
    users: [min, max],
    current: oneOf(current, OPERATING_MODES, 'operating mode'),
    target: oneOf(target, OPERATING_MODES, 'operating mode'),
    criticality: oneOf(criticality, CRITICALITIES, 'criticality'),
    crisis: csv(flags).includes('crisis'),
    personalData: !csv(flags).includes('anon'),
    interfaces: csv(interfaces).map((i) => oneOf(i, FACHVERFAHREN_INTERFACES, 'interface')),
    notes: notes === '' ? null : notes,
  };
}

/** Fachverfahren catalogue. Vendors and products as found in German municipalities. */
export const FACHVERFAHREN: readonly FachverfahrenSpec[] = TABLE.split('\n')
  .filter((line) => line.trim() !== '')
  .map(parseLine);

/** Looks up catalogue entries; an unknown key is a programming error. */
export function fachverfahrenByKeys(keys: readonly string[]): FachverfahrenSpec[] {
  return keys.map((key) => {
    const spec = FACHVERFAHREN.find((f) => f.key === key);
    if (!spec) throw new Error(`unknown Fachverfahren key ${key}`);
    return spec;
  });
}

import type { LocationKind, TenantKind } from '@schaltplan/domain';
import { staff, words, type DeptKey } from './demo-catalogue';

export interface LocationSpec {
  /** Stable key: part of every derived id. */
  key: string;
  /** Short code for host, printer and workstation names. */
  code: string;
  name: string;
  kind: LocationKind;
  street: string;
  postalCode: string;
  city: string;
  lanSpeedMbit: number;
  wanLink: string;
  bandwidthMbit: number;
  notes: string | null;
  floors: number;
  /** Persons per department, in seating order. */
  departments: [DeptKey, number][];
  /** File server at this location; without one the tenant's main file server is used. */
  fileServer?: string;
  /** Has a time-clock terminal (a workstation nobody is assigned to). */
  timeClock?: boolean;
  /** Exact workstation count (benchmark scale); by default everyone at a desk gets one. */
  workstations?: number;
}

export interface TenantSpec {
  key: string;
  code: string;
  name: string;
  kind: TenantKind;
  ags: string;
  inhabitants: number;
  memberMunicipalities: string[];
  mailDomain: string;
  /** Folder of this tenant below the provider's cloud share and print server. */
  cloudName: string;
  departmentNames: Partial<Record<DeptKey, string>>;
  fachverfahren: string[];
  locations: LocationSpec[];
}

const FIBRE = 'Glasfaser, Landesnetz (MPLS)';

export const AMT_MUSTERLAND: TenantSpec = {
  key: 'amt-musterland',
  code: 'AMU',
  name: 'Amt Musterland',
  kind: 'AMT',
  ags: '01058401',
  inhabitants: 11872,
  memberMunicipalities: ['Musterdorf', 'Beispielhagen', 'Lütjenfelde', 'Ostermoor', 'Süderwisch', 'Krummbek'],
  mailDomain: 'amt-musterland.de',
  cloudName: 'musterland',
  departmentNames: { LEITUNG: 'Amtsleitung', SCHULE: 'Schulen, Kita und Soziales' },
  fachverfahren: words(
    'ewo autista gewerbe prodoppik veranlagung avviso owi wohngeld probaug kita allris arcgis enaio interflex loga pcwahl friedhof',
  ),
  locations: [
    {
      key: 'rathaus',
      code: 'RH',
      name: 'Amtsverwaltung (Rathaus)',
      kind: 'RATHAUS',
      street: 'Amtsweg 1',
      postalCode: '24837',
      city: 'Musterdorf',
      lanSpeedMbit: 1000,
      wanLink: FIBRE,
      bandwidthMbit: 500,
      notes: 'Serverraum im Keller, USV vorhanden',
      floors: 3,
      fileServer: 'fs01',
      departments: staff(
        'LEITUNG:2 ZENTRAL:6 PERSONAL:3 IT:2 FINANZEN:7 STEUERN:4 BUERGER:3 ORDNUNG:5 STANDESAMT:3 BAU:6 SCHULE:4',
      ),
    },
    {
      key: 'buergerbuero',
      code: 'BB',
      name: 'Bürgerbüro Beispielhagen',
      kind: 'BUERGERBUERO',
      street: 'Marktplatz 4',
      postalCode: '24850',
      city: 'Beispielhagen',
      lanSpeedMbit: 100,
      wanLink: 'VDSL 100/40 mit VPN',
      bandwidthMbit: 100,
      notes: 'Öffnungszeiten Mo–Fr 8–12 Uhr',
      floors: 1,
      departments: staff('BUERGER:6 SCHULE:1 ORDNUNG:1'),
    },
    {
      key: 'bauhof',
      code: 'BH',
      name: 'Bauhof',
      kind: 'BAUHOF',
      street: 'Am Bauhof 3',
      postalCode: '24837',
      city: 'Musterdorf',
      lanSpeedMbit: 100,
      wanLink: 'VDSL 50/10 mit VPN',
      bandwidthMbit: 50,
      notes: 'Zeiterfassungsterminal in der Halle',
      floors: 1,
      timeClock: true,
      departments: staff('BAUHOF:7'),
    },
  ],
};

export const SAMTGEMEINDE_BEISPIEL: TenantSpec = {
  key: 'samtgemeinde-beispiel',
  code: 'SGB',
  name: 'Samtgemeinde Beispiel',
  kind: 'SAMTGEMEINDE',
  ags: '03358501',
  inhabitants: 9214,
  memberMunicipalities: ['Beispiel', 'Heidekamp', 'Moorhausen', 'Wiesenbrook'],
  mailDomain: 'sg-beispiel.de',
  cloudName: 'beispiel',
  departmentNames: { LEITUNG: 'Samtgemeindebürgermeister', ORDNUNG: 'Ordnung und Standesamt' },
  fachverfahren: words('ewo autista gewerbe prodoppik avviso owi probaug allris loga pcwahl'),
  locations: [
    {
      key: 'rathaus',
      code: 'RH',
      name: 'Rathaus Beispiel',
      kind: 'RATHAUS',
      street: 'Kirchstraße 2',
      postalCode: '29693',
      city: 'Beispiel',
      lanSpeedMbit: 1000,
      wanLink: 'VDSL 250/40 mit VPN',
      bandwidthMbit: 250,
      notes: null,
      floors: 2,
      fileServer: 'sgb-srv01',
      departments: staff('LEITUNG:1 ZENTRAL:1 FINANZEN:2 BUERGER:2 BAU:1 ORDNUNG:1'),
    },
  ],
};

export const KREIS_MUSTERKREIS: TenantSpec = {
  key: 'kreis-musterkreis',
  code: 'MKR',
  name: 'Kreis Musterkreis',
  kind: 'KREIS',
  ags: '03459000',
  inhabitants: 172460,
  memberMunicipalities: [],
  mailDomain: 'kreis-musterkreis.de',
  cloudName: 'musterkreis',
  departmentNames: { LEITUNG: 'Büro der Landrätin', FINANZEN: 'Finanzen/Kreiskasse', BAU: 'Bauaufsicht' },
  fachverfahren: words(
    'infoma avviso owi wohngeld probaug kita sessionnet alkis arcgis d3 interflex loga pcwahl kfz fuehrerschein waffen survnet octoware balvi okjus prosoz ttsib',
  ),
  locations: [
    {
      key: 'kreishaus',
      code: 'KH',
      name: 'Kreishaus',
      kind: 'VERWALTUNGSGEBAEUDE',
      street: 'Kreishausplatz 1',
      postalCode: '49377',
      city: 'Musterstadt',
      lanSpeedMbit: 1000,
      wanLink: FIBRE,
      bandwidthMbit: 1000,
      notes: 'Rechenzentrum im UG wird nach der Umstellung aufgelöst',
      floors: 5,
      fileServer: 'fs-kh01',
      departments: staff(
        'LEITUNG:6 GREMIEN:4 ZENTRAL:18 PERSONAL:12 IT:9 FINANZEN:22 PRUEFUNG:5 ORDNUNG:18 SOZIAL:42 JUGEND:52 SCHULE:10',
      ),
    },
    {
      key: 'nebengebaeude',
      code: 'NG',
      name: 'Kreishaus Nebengebäude',
      kind: 'VERWALTUNGSGEBAEUDE',
      street: 'Kreishausplatz 3',
      postalCode: '49377',
      city: 'Musterstadt',
      lanSpeedMbit: 1000,
      wanLink: 'Glasfaser zum Kreishaus (Campus)',
      bandwidthMbit: 1000,
      notes: null,
      floors: 3,
      departments: staff('BAU:32 UMWELT:24 KATASTER:16 VETERINAER:14'),
    },
    {
      key: 'strassenmeisterei',
      code: 'SM',
      name: 'Straßenmeisterei Altenbrück',
      kind: 'BAUHOF',
      street: 'Gewerbering 12',
      postalCode: '49393',
      city: 'Altenbrück',
      lanSpeedMbit: 100,
      wanLink: 'VDSL 100/40 mit VPN',
      bandwidthMbit: 100,
      notes: 'Winterdienst-Leitstelle',
      floors: 1,
      timeClock: true,
      departments: staff('STRASSEN:28'),
    },
    {
      key: 'zulassungsstelle',
      code: 'ZS',
      name: 'Zulassungsstelle Altenbrück',
      kind: 'SONSTIGES',
      street: 'Bahnhofstraße 20',
      postalCode: '49393',
      city: 'Altenbrück',
      lanSpeedMbit: 1000,
      wanLink: FIBRE,
      bandwidthMbit: 300,
      notes: 'Kassenautomat und Wartemarkensystem',
      floors: 2,
      departments: staff('VERKEHR:46'),
    },
    {
      key: 'gesundheitsamt',
      code: 'GA',
      name: 'Gesundheitsamt Neuwiek',
      kind: 'VERWALTUNGSGEBAEUDE',
      street: 'Am Stadtpark 7',
      postalCode: '49406',
      city: 'Neuwiek',
      lanSpeedMbit: 1000,
      wanLink: FIBRE,
      bandwidthMbit: 500,
      notes: null,
      floors: 3,
      fileServer: 'fs-ga01',
      departments: staff('GESUNDHEIT:72'),
    },
  ],
};

export const DEMO_TENANTS: readonly TenantSpec[] = [AMT_MUSTERLAND, SAMTGEMEINDE_BEISPIEL, KREIS_MUSTERKREIS];

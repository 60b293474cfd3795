import type { LocationKind } from '@schaltplan/domain';
import { staff, words, type DeptKey } from './demo-catalogue';
import { officeStaff } from './demo-location';
import { apportion, at, createRng } from './demo-random';
import type { LocationSpec, TenantSpec } from './demo-tenants';

/** Benchmark scale: totals over all tenants, the three demo tenants included. */
export const BENCH_TOTALS = { locations: 50, persons: 100_000, workstations: 20_000 } as const;

interface Template {
  code: string;
  name: string;
  kind: LocationKind;
  weight: number;
  departments: [DeptKey, number][];
  timeClock?: boolean;
}

const HQ: Template = {
  code: 'KH',
  name: 'Kreishaus',
  kind: 'VERWALTUNGSGEBAEUDE',
  weight: 8,
  departments: staff(
    'LEITUNG:1 GREMIEN:1 ZENTRAL:4 PERSONAL:3 IT:3 FINANZEN:5 PRUEFUNG:1 ORDNUNG:4 SOZIAL:8 JUGEND:9 SCHULE:2',
  ),
};

// Branch sites repeat in this pattern: administration buildings, citizens' offices and
// depots are the most common, then vehicle registration and public health offices.
const BRANCHES: readonly Template[] = [
  {
    code: 'VG',
    name: 'Verwaltungsgebäude',
    kind: 'VERWALTUNGSGEBAEUDE',
    weight: 3,
    departments: staff('SOZIAL:4 JUGEND:4 BAU:3 UMWELT:2 KATASTER:1 ORDNUNG:2 ZENTRAL:1'),
  },
  {
    code: 'BB',
    name: 'Bürgerbüro',
    kind: 'BUERGERBUERO',
    weight: 0.8,
    departments: staff('BUERGER:6 ORDNUNG:1 SOZIAL:1'),
  },
  {
    code: 'VG',
    name: 'Verwaltungsgebäude',
    kind: 'VERWALTUNGSGEBAEUDE',
    weight: 3,
    departments: staff('FINANZEN:3 SCHULE:2 BAU:3 VETERINAER:1 PERSONAL:1 ZENTRAL:1'),
  },
  {
    code: 'SM',
    name: 'Straßenmeisterei',
    kind: 'BAUHOF',
    weight: 0.6,
    departments: staff('STRASSEN:1'),
    timeClock: true,
  },
  { code: 'ZS', name: 'Zulassungsstelle', kind: 'SONSTIGES', weight: 1.5, departments: staff('VERKEHR:1') },
  {
    code: 'BB',
    name: 'Bürgerbüro',
    kind: 'BUERGERBUERO',
    weight: 0.8,
    departments: staff('BUERGER:6 ORDNUNG:1 SOZIAL:1'),
  },
  {
    code: 'GA',
    name: 'Gesundheitsamt',
    kind: 'VERWALTUNGSGEBAEUDE',
    weight: 2,
    departments: staff('GESUNDHEIT:5 VETERINAER:1'),
  },
];

const ROOTS = ['Bench', 'Last', 'Mess', 'Takt', 'Zeit', 'Skal', 'Durch', 'Spitz', 'Lauf', 'Puls', 'Tempo', 'Lese'];
const SUFFIXES = ['heim', 'dorf', 'stedt', 'feld', 'hausen'];
const STREETS = ['Hauptstraße', 'Bahnhofstraße', 'Am Markt', 'Schulstraße', 'Lindenallee', 'Gartenweg', 'Ringstraße'];

/**
 * One large tenant, "Landkreis Benchmark", that brings the database to the benchmark totals:
 * it gets whatever the demo tenants leave of 50 locations, 100,000 persons and 20,000
 * workstations. With so few workstations per person most of its staff have none.
 */
export function benchTenant(
  seed: number,
  rest: { locations: number; persons: number; workstations: number },
): TenantSpec {
  const rng = createRng(`${seed}/bench`);
  const towns = ROOTS.flatMap((r) => SUFFIXES.map((s) => `${r}${s}`));
  const templates = Array.from({ length: rest.locations }, (_, i) =>
    i === 0 ? HQ : at(BRANCHES, (i - 1) % BRANCHES.length),
  );
  const persons = apportion(
    rest.persons,
    templates.map((t) => t.weight * (0.7 + rng.next() * 0.6)),
  );
  const locations = templates.map((t, i): LocationSpec => {
    const count = at(persons, i);
    const town = i === 0 ? 'Benchstadt' : at(towns, (i * 7) % towns.length);
    const deptCounts = apportion(
      count,
      t.departments.map(([, w]) => w),
    );
    return {
      key: `l${String(i + 1).padStart(2, '0')}`,
      code: `L${String(i + 1).padStart(2, '0')}`,
      name: i === 0 ? `${t.name} ${town}` : `${t.name} ${town} (${i + 1})`,
      kind: t.kind,
      street: `${rng.pick(STREETS)} ${rng.int(1, 80)}`,
      postalCode: String(90000 + i * 173),
      city: town,
      lanSpeedMbit: t.weight >= 2 ? 1000 : 100,
      wanLink: t.weight >= 2 ? 'Glasfaser, Landesnetz (MPLS)' : 'VDSL 100/40 mit VPN',
      bandwidthMbit: t.weight >= 2 ? 1000 : 100,
      notes: null,
      floors: Math.min(8, Math.max(1, Math.ceil(count / 400))),
      fileServer: `fs-${t.code.toLowerCase()}${String(i + 1).padStart(2, '0')}`,
      timeClock: t.timeClock,
      departments: t.departments.map(([d], k) => [d, at(deptCounts, k)]),
    };
  });
  const terminals = locations.filter((l) => l.timeClock).length;
  const desks = locations.map((l) => l.departments.reduce((n, [d, c]) => n + officeStaff(d, c), 0));
  const perLocation = apportion(rest.workstations - terminals, desks);
  for (const [i, l] of locations.entries()) l.workstations = at(perLocation, i) + (l.timeClock ? 1 : 0);
  return {
    key: 'landkreis-benchmark',
    code: 'LKB',
    name: 'Landkreis Benchmark',
    kind: 'KREIS',
    ags: '09999000',
    inhabitants: 1_250_000,
    memberMunicipalities: [],
    mailDomain: 'landkreis-benchmark.de',
    cloudName: 'benchmark',
    departmentNames: { LEITUNG: 'Büro des Landrats', FINANZEN: 'Finanzen/Kreiskasse', BAU: 'Bauaufsicht' },
    fachverfahren: words(
      'infoma avviso owi wohngeld probaug kita sessionnet alkis arcgis d3 interflex loga pcwahl kfz fuehrerschein waffen survnet octoware balvi okjus prosoz ttsib ewo gewerbe',
    ),
    locations,
  };
}

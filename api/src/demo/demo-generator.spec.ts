import { describe, expect, it } from '@jest/globals';
import { BENCH_TOTALS } from './demo-bench';
import { generateDemoBatches, generateDemoData } from './demo-generator';
import { AccountAllocator, asciiFold } from './demo-names';
import { MAPPING_TABLES, rowCount, type DemoTables } from './demo-types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const demo = generateDemoData();

function byTenant<T extends { tenantId: string }>(rows: T[], tenantId: string): T[] {
  return rows.filter((r) => r.tenantId === tenantId);
}

function tenantId(data: DemoTables, name: string): string {
  const tenant = data.tenant.find((t) => t.name === name);
  if (!tenant) throw new Error(`tenant ${name} missing`);
  return tenant.id;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

describe('demo data generator', () => {
  it('is deterministic: the same seed gives identical output, another seed other data', () => {
    expect(JSON.stringify(generateDemoData())).toBe(JSON.stringify(demo));
    expect(JSON.stringify(generateDemoData({ seed: 7 }))).toBe(JSON.stringify(generateDemoData({ seed: 7 })));
    const other = generateDemoData({ seed: 7 });
    expect(other.person.map((p) => p.id)).not.toEqual(demo.person.map((p) => p.id));
  });

  it('creates the three demo tenants with their locations and staff sizes', () => {
    const summary = demo.tenant.map((t) => ({
      name: t.name,
      kind: t.kind,
      locations: byTenant(demo.location, t.id).length,
      towns: new Set(byTenant(demo.location, t.id).map((l) => l.city)).size,
      persons: byTenant(demo.person, t.id).length,
    }));
    expect(summary.map(({ name, kind, locations }) => [name, kind, locations])).toEqual([
      ['Amt Musterland', 'AMT', 3],
      ['Samtgemeinde Beispiel', 'SAMTGEMEINDE', 1],
      ['Kreis Musterkreis', 'KREIS', 5],
    ]);
    const [amt, samtgemeinde, kreis] = [summary.at(0), summary.at(1), summary.at(2)];
    expect(amt?.persons).toBeGreaterThanOrEqual(55);
    expect(amt?.persons).toBeLessThanOrEqual(65);
    expect(samtgemeinde?.persons).toBe(8);
    expect(kreis?.persons).toBeGreaterThanOrEqual(420);
    expect(kreis?.persons).toBeLessThanOrEqual(440);
    expect(kreis?.towns).toBe(3);
    expect(demo.tenant.at(0)?.memberMunicipalities.length).toBeGreaterThan(1);
  });

  it('gives tenants valid, distinct AGS and every row a valid UUID', () => {
    expect(demo.tenant.every((t) => /^\d{8}$/.test(t.ags))).toBe(true);
    expect(duplicates(demo.tenant.map((t) => t.ags))).toEqual([]);
    const ids = [demo.tenant, demo.location, demo.person, demo.workstation, demo.printer, demo.software]
      .flat()
      .map((r) => r.id);
    expect(ids.filter((id) => !UUID.test(id))).toEqual([]);
    expect(duplicates(ids)).toEqual([]);
  });

  it('keeps natural keys unique per tenant, compared case-insensitively', () => {
    for (const t of demo.tenant) {
      expect(duplicates(byTenant(demo.person, t.id).map((p) => p.accountName))).toEqual([]);
      expect(duplicates(byTenant(demo.person, t.id).map((p) => p.email))).toEqual([]);
      expect(duplicates(byTenant(demo.workstation, t.id).map((w) => w.name))).toEqual([]);
      expect(duplicates(byTenant(demo.printer, t.id).map((p) => p.name))).toEqual([]);
      expect(duplicates(byTenant(demo.file_share, t.id).map((s) => s.uncPath))).toEqual([]);
      expect(duplicates(byTenant(demo.location, t.id).map((l) => l.name))).toEqual([]);
    }
  });

  it('resolves account name clashes the way AD admins do', () => {
    const accounts = new AccountAllocator();
    expect(accounts.account('Jürgen', 'Müller')).toBe('j.mueller');
    expect(accounts.account('Jörg', 'Müller')).toBe('jo.mueller');
    expect(accounts.account('Jörn', 'Müller')).toBe('joern.mueller');
    expect(accounts.account('Jörn', 'Müller')).toBe('joern.mueller2');
    expect(accounts.account('Ayşe', 'Yılmaz')).toBe('a.yilmaz');
    expect(asciiFold('von der Heide')).toBe('vonderHeide');
  });

  it('points every mapping at rows of the same tenant', () => {
    const owner = new Map<string, string>();
    for (const r of [
      demo.person,
      demo.workstation,
      demo.printer,
      demo.software,
      demo.file_share,
      demo.fachverfahren,
    ].flat()) {
      owner.set(r.id, r.tenantId);
    }
    const refs = [
      ...demo.workstation_person.map((m) => [m.tenantId, m.workstationId, m.personId]),
      ...demo.person_printer.map((m) => [m.tenantId, m.personId, m.printerId]),
      ...demo.person_software.map((m) => [m.tenantId, m.personId, m.softwareId]),
      ...demo.person_file_share.map((m) => [m.tenantId, m.personId, m.fileShareId]),
      ...demo.person_fachverfahren.map((m) => [m.tenantId, m.personId, m.fachverfahrenId]),
    ];
    expect(refs.filter(([t, a = '', b = '']) => owner.get(a) !== t || owner.get(b) !== t)).toEqual([]);
    for (const table of MAPPING_TABLES) {
      const keys = (demo[table] as { tenantId: string }[]).map((m) => Object.values(m).slice(0, 3).join('/'));
      expect(duplicates(keys)).toEqual([]);
    }
  });

  it('mostly seats one person per workstation, with some shared desks and some persons without', () => {
    const perWorkstation = new Map<string, number>();
    for (const m of demo.workstation_person)
      perWorkstation.set(m.workstationId, (perWorkstation.get(m.workstationId) ?? 0) + 1);
    const counts = [...perWorkstation.values()];
    expect(Math.max(...counts)).toBe(2);
    expect(counts.filter((c) => c === 2).length).toBeGreaterThan(3);
    expect(counts.filter((c) => c === 1).length / counts.length).toBeGreaterThan(0.9);
    const seated = new Set(demo.workstation_person.map((m) => m.personId));
    const unseated = demo.person.filter((p) => !seated.has(p.id));
    expect(unseated.length).toBeGreaterThan(0);
    expect(unseated.every((p) => p.department === 'Bauhof' || p.department === 'Straßenmeisterei')).toBe(true);
    expect(demo.workstation.some((w) => !perWorkstation.has(w.id))).toBe(true);
  });

  it('gives each person at most one default printer, and most persons exactly one', () => {
    const defaults = new Map<string, number>();
    for (const m of demo.person_printer) if (m.isDefault) defaults.set(m.personId, (defaults.get(m.personId) ?? 0) + 1);
    expect([...defaults.values()].filter((n) => n > 1)).toEqual([]);
    expect(defaults.size / demo.person.length).toBeGreaterThan(0.85);
    const queued = demo.printer.filter((p) => p.targetQueue !== null).length;
    expect(queued / demo.printer.length).toBeGreaterThan(0.7);
    expect(queued).toBeLessThan(demo.printer.length);
  });

  it('assigns Fachverfahren to few persons of the responsible department', () => {
    const users = new Map<string, string[]>();
    for (const m of demo.person_fachverfahren)
      users.set(m.fachverfahrenId, [...(users.get(m.fachverfahrenId) ?? []), m.personId]);
    const sizes = demo.fachverfahren.map((f) => users.get(f.id)?.length ?? 0);
    expect(sizes.filter((n) => n < 4).length / sizes.length).toBeGreaterThan(0.8);
    const department = new Map(demo.person.map((p) => [p.id, p.department]));
    for (const f of demo.fachverfahren) {
      for (const personId of users.get(f.id) ?? []) expect(department.get(personId)).toBe(f.responsibleDepartment);
    }
    const interfaces = new Set(demo.fachverfahren.flatMap((f) => f.interfaces));
    expect([...interfaces]).toEqual(expect.arrayContaining(['XMELD_OSCI', 'TEXT_COUPLING', 'SPECIAL_MAILBOX']));
  });

  it('maps department shares with drive letters and target paths', () => {
    const amt = tenantId(demo, 'Amt Musterland');
    const bauamt = demo.file_share.find((s) => s.tenantId === amt && s.uncPath === '\\\\fs01\\Bauamt');
    expect(bauamt?.targetPath).toBe('\\\\cloud.kdo.local\\musterland\\Bauamt');
    expect(demo.person_file_share.some((m) => m.fileShareId === bauamt?.id && m.access === 'WRITE')).toBe(true);
    expect(demo.person_file_share.every((m) => m.driveLetter === null || /^[A-Z]$/.test(m.driveLetter))).toBe(true);
  });
});

describe('benchmark scale', () => {
  it('streams bounded batches that reach the benchmark totals', () => {
    const totals = { tenants: 0, locations: 0, persons: 0, workstations: 0, mappings: 0 };
    let largestBatch = 0;
    const accounts = new Set<string>();
    let clashes = 0;
    for (const batch of generateDemoBatches({ scale: 'bench' })) {
      largestBatch = Math.max(largestBatch, rowCount(batch));
      totals.tenants += batch.tenant.length;
      totals.locations += batch.location.length;
      totals.persons += batch.person.length;
      totals.workstations += batch.workstation.length;
      totals.mappings += MAPPING_TABLES.reduce((n, t) => n + batch[t].length, 0);
      for (const p of batch.person) {
        const key = `${p.tenantId}/${p.accountName.toLowerCase()}`;
        if (accounts.has(key)) clashes++;
        accounts.add(key);
      }
    }
    expect(totals).toMatchObject({ tenants: 4, ...BENCH_TOTALS });
    expect(totals.mappings).toBeGreaterThanOrEqual(300_000);
    expect(clashes).toBe(0);
    // One location per batch: memory stays bounded however many persons the tenant has.
    expect(largestBatch).toBeLessThan(50_000);
  }, 60_000);
});

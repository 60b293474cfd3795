import { BENCH_TOTALS, benchTenant } from './demo-bench';
import type { DeptKey } from './demo-catalogue';
import { TenantContext, type PersonRef } from './demo-context';
import { fachverfahrenByKeys, type FachverfahrenSpec } from './demo-fachverfahren';
import { generateLocation } from './demo-location';
import { at, type Rng } from './demo-random';
import { DEMO_TENANTS, type TenantSpec } from './demo-tenants';
import { appendTables, emptyTables, type DemoOptions, type DemoTables } from './demo-types';

export const DEFAULT_SEED = 20_240_601;

interface Totals {
  locations: number;
  persons: number;
  workstations: number;
}

/**
 * Yields the demo data in batches, in foreign-key order: per tenant first the tenant with its
 * catalogues, then one batch per location, then the Fachverfahren users. Batches stay small
 * (one location), so benchmark scale streams without holding everything in memory.
 */
export function* generateDemoBatches(opts: DemoOptions = {}): Generator<DemoTables> {
  const seed = opts.seed ?? DEFAULT_SEED;
  const totals: Totals = { locations: 0, persons: 0, workstations: 0 };
  let index = 0;
  for (const spec of DEMO_TENANTS) yield* generateTenant(spec, seed, index++, totals);
  if (opts.scale === 'bench') {
    const rest = {
      locations: BENCH_TOTALS.locations - totals.locations,
      persons: BENCH_TOTALS.persons - totals.persons,
      workstations: BENCH_TOTALS.workstations - totals.workstations,
    };
    yield* generateTenant(benchTenant(seed, rest), seed, index, totals);
  }
}

/** All demo data in memory, as plain rows. Fine for demo scale and for tests. */
export function generateDemoData(opts: DemoOptions = {}): DemoTables {
  const all = emptyTables();
  for (const batch of generateDemoBatches(opts)) appendTables(all, batch);
  return all;
}

function* generateTenant(spec: TenantSpec, seed: number, index: number, totals: Totals): Generator<DemoTables> {
  const ctx = new TenantContext(spec, seed, index);
  const head = emptyTables();
  head.tenant.push({
    id: ctx.tenantId,
    name: spec.name,
    kind: spec.kind,
    ags: spec.ags,
    inhabitants: spec.inhabitants,
    memberMunicipalities: spec.memberMunicipalities,
  });
  for (const { spec: s, id } of ctx.software) {
    head.software.push({
      id,
      tenantId: ctx.tenantId,
      product: s.product,
      vendor: s.vendor,
      versionLabel: s.version,
      licence: s.licence,
      delivery: s.delivery,
      replacedBy: s.replacedBy,
    });
  }
  const fachverfahren = fachverfahrenByKeys(spec.fachverfahren).map((f) => ({
    spec: f,
    id: ctx.id('fachverfahren', f.key),
    dept: responsibleDept(ctx, f),
  }));
  for (const { spec: f, id, dept } of fachverfahren) {
    head.fachverfahren.push({
      id,
      tenantId: ctx.tenantId,
      name: f.name,
      area: f.area,
      vendor: f.vendor,
      currentOperation: f.current,
      targetOperation: f.target,
      criticality: f.criticality,
      crisisRelevant: f.crisis,
      personalData: f.personalData,
      interfaces: f.interfaces,
      interfaceNotes: f.notes,
      responsibleDepartment: ctx.deptName(dept),
    });
  }
  yield head;

  for (const [i, location] of spec.locations.entries()) {
    const out = emptyTables();
    generateLocation(ctx, location, i, out);
    totals.locations += out.location.length;
    totals.persons += out.person.length;
    totals.workstations += out.workstation.length;
    yield out;
  }

  const tail = emptyTables();
  const byDept = new Map<DeptKey, PersonRef[]>();
  for (const p of ctx.persons) {
    if (!p.atDesk) continue;
    const list = byDept.get(p.dept);
    if (list) list.push(p);
    else byDept.set(p.dept, [p]);
  }
  for (const { spec: f, id, dept } of fachverfahren) {
    const [min, max] = f.users;
    for (const person of sample(ctx.rng, byDept.get(dept) ?? [], ctx.rng.int(min, max))) {
      tail.person_fachverfahren.push({ tenantId: ctx.tenantId, personId: person.id, fachverfahrenId: id });
    }
  }
  yield tail;
}

/** The first of the Fachverfahren's departments this tenant has; else central services. */
function responsibleDept(ctx: TenantContext, f: FachverfahrenSpec): DeptKey {
  return f.depts.find((d) => ctx.deptKeys.includes(d)) ?? 'ZENTRAL';
}

/** `count` distinct items, chosen uniformly (partial Fisher-Yates on a copy). */
function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = rng.int(i, pool.length - 1);
    const picked = at(pool, j);
    pool[j] = at(pool, i);
    pool[i] = picked;
  }
  return pool.slice(0, n);
}

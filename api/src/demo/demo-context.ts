import { DEPARTMENTS, SOFTWARE, type DeptKey, type SoftwareSpec } from './demo-catalogue';
import { AccountAllocator } from './demo-names';
import { createRng, uuidV5, type Rng } from './demo-random';
import type { LocationSpec, TenantSpec } from './demo-tenants';
import type { DemoTables, FileShareRow } from './demo-types';

/** A person as the tenant-wide steps (Fachverfahren assignment) need it: small, so 100k fit easily. */
export interface PersonRef {
  id: string;
  dept: DeptKey;
  atDesk: boolean;
}

export interface FileServer {
  name: string;
  locationId: string;
  /** null for the tenant's main server; else the location code, used in target paths. */
  code: string | null;
}

/** The kinds of share a file server carries: one per department plus two common ones. */
export type ShareKind = DeptKey | 'ALLGEMEIN' | 'VORLAGEN';

/** State shared by all locations of one tenant while it is generated. */
export class TenantContext {
  readonly tenantId: string;
  readonly accounts = new AccountAllocator();
  readonly persons: PersonRef[] = [];
  /** Departments the tenant has, in the order of its locations. */
  readonly deptKeys: DeptKey[];
  readonly software: { spec: SoftwareSpec; id: string }[];
  readonly mainServer: FileServer;
  readonly rng: Rng;
  hostSeq = 0;
  private readonly shares = new Map<string, FileShareRow>();

  constructor(
    readonly spec: TenantSpec,
    readonly seed: number,
    /** Position among the generated tenants: the second octet of its printer IPs. */
    readonly index: number,
  ) {
    this.tenantId = uuidV5(`${seed}/${spec.key}`);
    this.rng = createRng(`${seed}/${spec.key}`);
    this.deptKeys = [...new Set(spec.locations.flatMap((l) => l.departments.map(([d]) => d)))];
    this.software = SOFTWARE.map((s) => ({ spec: s, id: this.id('software', s.key) }));
    const main = spec.locations.find((l) => l.fileServer !== undefined) ?? firstLocation(spec);
    this.mainServer = { name: main.fileServer ?? 'fs01', locationId: this.id('location', main.key), code: null };
  }

  /** Deterministic id of an object of this tenant: same seed, tenant, kind and key give the same id. */
  id(kind: string, key: string): string {
    return uuidV5(`${this.seed}/${this.spec.key}/${kind}/${key.toLowerCase()}`);
  }

  deptName(key: DeptKey): string {
    return this.spec.departmentNames[key] ?? DEPARTMENTS[key].name;
  }

  serverFor(location: LocationSpec): FileServer {
    if (location.fileServer === undefined || location.fileServer === this.mainServer.name) return this.mainServer;
    return { name: location.fileServer, locationId: this.id('location', location.key), code: location.code };
  }

  /** The share of that kind on that server; created (and added to `out`) on first use. */
  share(server: FileServer, kind: ShareKind, out: DemoTables): FileShareRow {
    const folder = kind === 'ALLGEMEIN' ? 'Allgemein' : kind === 'VORLAGEN' ? 'Vorlagen' : DEPARTMENTS[kind].share;
    const uncPath = `\\\\${server.name}\\${folder}`;
    const existing = this.shares.get(uncPath);
    if (existing) return existing;
    const sizeGb = kind === 'VORLAGEN' ? this.rng.int(50, 400) / 100 : this.rng.int(300, 60000) / 100;
    const target = server.code === null ? folder : `${server.code}\\${folder}`;
    const row: FileShareRow = {
      id: this.id('file_share', uncPath),
      tenantId: this.tenantId,
      locationId: server.locationId,
      uncPath,
      driveLetter: kind === 'ALLGEMEIN' ? 'G' : kind === 'VORLAGEN' ? 'V' : 'S',
      sizeGb: sizeGb.toFixed(2),
      owningDepartment: this.deptName(kind === 'ALLGEMEIN' || kind === 'VORLAGEN' ? 'ZENTRAL' : kind),
      targetPath: `\\\\cloud.kdo.local\\${this.spec.cloudName}\\${target}`,
    };
    this.shares.set(uncPath, row);
    out.file_share.push(row);
    return row;
  }
}

function firstLocation(spec: TenantSpec): LocationSpec {
  const first = spec.locations.at(0);
  if (!first) throw new Error(`demo tenant ${spec.key} has no location`);
  return first;
}

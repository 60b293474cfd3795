import { COUNTER_DEPTS, OPERATING_SYSTEMS, THIN_CLIENT_MODELS, floorLabels, type DeptKey } from './demo-catalogue';
import type { TenantContext } from './demo-context';
import { randomName } from './demo-names';
import { placePrinters } from './demo-printers';
import { at, createRng, type Rng } from './demo-random';
import type { LocationSpec } from './demo-tenants';
import type { DemoTables, PersonRow, WorkstationRow } from './demo-types';

/** A person at a location, with the room they sit in (none for outdoor staff). */
export interface Seat {
  person: PersonRow;
  dept: DeptKey;
  room: Room | null;
}

export interface Room {
  floor: number;
  label: string;
  /** Short form for device names, e.g. "1.04". */
  number: string;
  dept: DeptKey;
  seats: Seat[];
  /** Host name of the first workstation in the room, if any. */
  firstHost: string | null;
}

export interface LocationCtx {
  tenant: TenantContext;
  spec: LocationSpec;
  index: number;
  locationId: string;
  rng: Rng;
  floors: string[];
}

/** Depot staff work outside; about a quarter of them (at least one) have an office desk. */
export function officeStaff(dept: DeptKey, count: number): number {
  return dept === 'BAUHOF' || dept === 'STRASSEN' ? Math.max(1, Math.ceil(count * 0.25)) : count;
}

/** Generates one location with its persons, workstations, printers and mappings into `out`. */
export function generateLocation(tenant: TenantContext, spec: LocationSpec, index: number, out: DemoTables): void {
  const lc: LocationCtx = {
    tenant,
    spec,
    index,
    locationId: tenant.id('location', spec.key),
    rng: createRng(`${tenant.seed}/${tenant.spec.key}/${spec.key}`),
    floors: floorLabels(spec.floors),
  };
  out.location.push({
    id: lc.locationId,
    tenantId: tenant.tenantId,
    name: spec.name,
    kind: spec.kind,
    street: spec.street,
    postalCode: spec.postalCode,
    city: spec.city,
    lanSpeedMbit: spec.lanSpeedMbit,
    wanLink: spec.wanLink,
    bandwidthMbit: spec.bandwidthMbit,
    notes: spec.notes,
  });
  const { seats, rooms } = seatPersons(lc, out);
  placeWorkstations(lc, seats, out);
  placePrinters(lc, rooms, out);
  mapSharesAndSoftware(lc, seats, out);
}

function seatPersons(lc: LocationCtx, out: DemoTables): { seats: Seat[]; rooms: Room[] } {
  const { tenant, rng } = lc;
  const seats: Seat[] = [];
  const pending: { dept: DeptKey; seats: Seat[] }[] = [];
  for (const [dept, count] of lc.spec.departments) {
    const office = officeStaff(dept, count);
    let group: Seat[] = [];
    let capacity = 0;
    for (let i = 0; i < count; i++) {
      const name = randomName(rng);
      const accountName = tenant.accounts.account(name.givenName, name.surname);
      const person: PersonRow = {
        id: tenant.id('person', accountName),
        tenantId: tenant.tenantId,
        locationId: lc.locationId,
        accountName,
        ...name,
        department: tenant.deptName(dept),
        email: `${tenant.accounts.mailbox(name.givenName, name.surname)}@${tenant.spec.mailDomain}`,
      };
      out.person.push(person);
      tenant.persons.push({ id: person.id, dept, atDesk: i < office });
      const seat: Seat = { person, dept, room: null };
      seats.push(seat);
      if (i >= office) continue;
      // The head of a department sits alone; clerks share rooms of two or three.
      if (capacity === 0) {
        group = [];
        pending.push({ dept, seats: group });
        capacity =
          i === 0
            ? 1
            : rng.weighted([
                [1, 35],
                [2, 50],
                [3, 15],
              ] as const);
      }
      group.push(seat);
      capacity--;
    }
  }
  const perFloor = Math.max(1, Math.ceil(pending.length / lc.floors.length));
  const rooms = pending.map((p, r): Room => {
    const floor = Math.floor(r / perFloor);
    const number = `${floor}.${String((r % perFloor) + 1).padStart(2, '0')}`;
    const room: Room = {
      floor,
      label: `${at(lc.floors, floor)} ${number}`,
      number,
      dept: p.dept,
      seats: p.seats,
      firstHost: null,
    };
    for (const s of p.seats) s.room = room;
    return room;
  });
  return { seats, rooms };
}

function placeWorkstations(lc: LocationCtx, seats: Seat[], out: DemoTables): void {
  const { tenant, rng, spec } = lc;
  const code = `${tenant.spec.code}-${spec.code}`;
  let seq = 0;
  const make = (room: string, notes: string | null, os?: string): WorkstationRow => {
    seq++;
    tenant.hostSeq++;
    const name = `${code}-AP${String(seq).padStart(4, '0')}`;
    const row: WorkstationRow = {
      id: tenant.id('workstation', name),
      tenantId: tenant.tenantId,
      locationId: lc.locationId,
      name,
      room,
      currentHostname: `${tenant.spec.code}PC${String(tenant.hostSeq).padStart(5, '0')}`,
      currentOs: os ?? rng.weighted(OPERATING_SYSTEMS),
      targetDeviceSerial: rng.chance(0.35) ? `${rng.pick(THIN_CLIENT_MODELS)} SN ${rng.hex(10).toUpperCase()}` : null,
      notes,
    };
    out.workstation.push(row);
    return row;
  };
  let terminals = 0;
  if (spec.timeClock) {
    make(`${at(lc.floors, 0)} Halle`, 'Zeiterfassungsterminal, keinem Beschäftigten zugeordnet', 'Herstellerfirmware');
    terminals++;
  }
  const desks = seats.filter((s): s is Seat & { room: Room } => s.room !== null);
  // Benchmark scale fixes the count: selection sampling picks exactly that many desks, spread evenly.
  const target = spec.workstations === undefined ? undefined : spec.workstations - terminals;
  let made = 0;
  let last: { ws: WorkstationRow; room: Room; persons: number } | null = null;
  for (let i = 0; i < desks.length; i++) {
    const seat = at(desks, i);
    const shareChance = COUNTER_DEPTS.has(seat.dept) ? 0.12 : 0.03;
    if (last && last.room === seat.room && last.persons === 1 && rng.chance(shareChance)) {
      out.workstation_person.push({ tenantId: tenant.tenantId, workstationId: last.ws.id, personId: seat.person.id });
      last.ws.notes = COUNTER_DEPTS.has(seat.dept)
        ? 'Schalterplatz, von zwei Beschäftigten genutzt'
        : 'Geteilter Arbeitsplatz (Teilzeit)';
      last.persons++;
      continue;
    }
    if (target !== undefined && !rng.chance((target - made) / (desks.length - i))) continue;
    const ws = make(seat.room.label, null);
    seat.room.firstHost ??= ws.currentHostname;
    out.workstation_person.push({ tenantId: tenant.tenantId, workstationId: ws.id, personId: seat.person.id });
    last = { ws, room: seat.room, persons: 1 };
    made++;
  }
  // Shared desks can leave the fixed count short: the rest are spare devices.
  while (target !== undefined && made < target) {
    make(
      desks.length > 0 ? at(desks, made % desks.length).room.label : at(lc.floors, 0),
      'Ersatzgerät, niemandem zugeordnet',
    );
    made++;
  }
}

function mapSharesAndSoftware(lc: LocationCtx, seats: Seat[], out: DemoTables): void {
  const { tenant, rng } = lc;
  const server = tenant.serverFor(lc.spec);
  const tenantId = tenant.tenantId;
  // Everyone reaches "Allgemein" through the domain users group, so it has no per-person rows.
  tenant.share(server, 'ALLGEMEIN', out);
  for (const seat of seats) {
    if (seat.room === null) continue;
    const personId = seat.person.id;
    const own = tenant.share(server, seat.dept, out);
    // Trainees and temporary staff often only read their department's share.
    const access = rng.chance(0.06) ? 'READ' : 'WRITE';
    out.person_file_share.push({ tenantId, personId, fileShareId: own.id, access, driveLetter: 'S' });
    if (rng.chance(0.3)) {
      const templates = tenant.share(server, 'VORLAGEN', out);
      out.person_file_share.push({ tenantId, personId, fileShareId: templates.id, access: 'READ', driveLetter: 'V' });
    }
    if (rng.chance(0.05) && tenant.deptKeys.length > 1) {
      const other = rng.pick(tenant.deptKeys.filter((d) => d !== seat.dept));
      const share = tenant.share(server, other, out);
      out.person_file_share.push({ tenantId, personId, fileShareId: share.id, access: 'READ', driveLetter: 'T' });
    }
    for (const { spec, id } of tenant.software) {
      const chance = spec.byDept[seat.dept] ?? spec.base;
      if (chance > 0 && rng.chance(chance)) out.person_software.push({ tenantId, personId, softwareId: id });
    }
  }
}

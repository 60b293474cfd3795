import {
  CERTIFICATE_PRINTER,
  COPIER,
  COUNTER_DEPTS,
  FLOOR_MFPS,
  LABEL_PRINTER,
  MAILROOM_SCANNER,
  PASSBOOK_PRINTER,
  ROOM_PRINTERS,
  USB_PRINTERS,
  type DeptKey,
  type PrinterModel,
} from './demo-catalogue';
import type { LocationCtx, Room } from './demo-location';
import { at } from './demo-random';
import type { DemoTables, PrinterRow } from './demo-types';

/** Persons per floor multifunction device before a second one is put up. */
const PERSONS_PER_MFP = 30;

/**
 * Puts up floor multifunction devices, desk printers in some rooms and special devices
 * (certificate printer, passbook printer, mailroom scanner), and maps persons to them:
 * the desk printer (else the floor device) is the default.
 */
export function placePrinters(lc: LocationCtx, rooms: Room[], out: DemoTables): void {
  const { tenant, rng, spec } = lc;
  const tenantId = tenant.tenantId;
  let hostNo = 0;
  /** `usbHost` set: attached by USB to that PC; else a network device with the next free IP. */
  const add = (name: string, model: PrinterModel, room: string, usbHost: string | null = null): PrinterRow => {
    hostNo++;
    const host = 20 + hostNo;
    const address =
      usbHost === null
        ? `10.${tenant.index + 10}.${lc.index * 4 + Math.floor(host / 250)}.${(host % 250) + 1}`
        : `USB an ${usbHost}`;
    // Most devices already have a target queue; USB printers and a few others are still undecided.
    const queued = usbHost === null && rng.chance(0.93);
    const row: PrinterRow = {
      id: tenant.id('printer', name),
      tenantId,
      locationId: lc.locationId,
      name,
      kind: model.kind,
      model: model.model,
      address,
      room,
      targetQueue: queued ? `\\\\print.cloud.kdo.local\\${tenant.spec.cloudName}-${name}` : null,
    };
    out.printer.push(row);
    return row;
  };
  const map = (personId: string, printer: PrinterRow, isDefault: boolean): void => {
    out.person_printer.push({ tenantId, personId, printerId: printer.id, isDefault });
  };

  const mfpModel = rng.pick(FLOOR_MFPS);
  const floorDevices = lc.floors.map((label, floor) => {
    const persons = rooms.filter((r) => r.floor === floor).reduce((n, r) => n + r.seats.length, 0);
    const count = persons === 0 ? 0 : Math.ceil(persons / PERSONS_PER_MFP);
    const short = floor === 0 ? 'EG' : `${floor}OG`;
    return Array.from({ length: count }, (_, k) =>
      add(`${spec.code}-${short}-MFP${k + 1}`, mfpModel, `${label} Kopierraum`),
    );
  });
  if (rooms.reduce((n, r) => n + r.seats.length, 0) >= 150) {
    add(`${spec.code}-EG-KOPIERER`, COPIER, `${at(lc.floors, 0)} Poststelle`);
  }

  const special = new Map<DeptKey, PrinterRow[]>();
  const addSpecial = (dept: DeptKey, name: string, model: PrinterModel, room: Room): void => {
    special.set(dept, [...(special.get(dept) ?? []), add(`${spec.code}-${room.number}-${name}`, model, room.label)]);
  };
  const firstRoom = (dept: DeptKey): Room | undefined => rooms.find((r) => r.dept === dept);
  const registry = firstRoom('STANDESAMT');
  if (registry) addSpecial('STANDESAMT', 'URKUNDEN', CERTIFICATE_PRINTER, registry);
  const mailroom = spec.fileServer === undefined ? undefined : firstRoom('ZENTRAL');
  if (mailroom) addSpecial('ZENTRAL', 'SCAN', MAILROOM_SCANNER, mailroom);
  const registration = firstRoom('VERKEHR');
  if (registration) {
    addSpecial('VERKEHR', 'ETIKETT', LABEL_PRINTER, registration);
    addSpecial('VERKEHR', 'ZB-DRUCK', PASSBOOK_PRINTER, registration);
  }

  let deskPrinters = 0;
  const onFloor = lc.floors.map(() => 0);
  for (const room of rooms) {
    const devices = at(floorDevices, room.floor);
    const chance = COUNTER_DEPTS.has(room.dept) ? 0.55 : 0.18;
    let desk: PrinterRow | null = null;
    if (rng.chance(chance)) {
      deskPrinters++;
      const usbHost = rng.chance(0.3) ? room.firstHost : null;
      const model = usbHost === null ? rng.pick(ROOM_PRINTERS) : rng.pick(USB_PRINTERS);
      desk = add(`${spec.code}-${room.number}-DR${deskPrinters}`, { model, kind: 'PRINTER' }, room.label, usbHost);
    }
    for (const seat of room.seats) {
      const personId = seat.person.id;
      // Neighbouring rooms share the nearest floor device.
      const n = at(onFloor, room.floor);
      onFloor[room.floor] = n + 1;
      const floorDevice = at(devices, Math.min(Math.floor(n / PERSONS_PER_MFP), devices.length - 1));
      // A few inventories come without a marked default printer; the coordinator fixes that.
      const hasDefault = !rng.chance(0.02);
      map(personId, desk ?? floorDevice, hasDefault);
      if (desk && rng.chance(0.85)) map(personId, floorDevice, false);
      for (const device of special.get(room.dept) ?? []) {
        if (rng.chance(0.5)) map(personId, device, false);
      }
    }
  }
}

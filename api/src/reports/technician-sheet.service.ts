import { Injectable } from '@nestjs/common';
import type { ShareAccess, WorkstationStatus } from '@schaltplan/domain';
import { notFound } from '../common/errors';
import { RequestContext } from '../database/request-context';

export interface SheetLocation {
  tenantName: string;
  name: string;
  address: string | null;
  cutoverDate: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  technicians: string[];
}

export interface SheetPrinter {
  name: string;
  targetQueue: string | null;
  isDefault: boolean;
}

export interface SheetDrive {
  /** The person's own letter for the share, else the share's. */
  letter: string | null;
  targetPath: string | null;
  uncPath: string;
  access: ShareAccess;
}

export interface SheetPerson {
  displayName: string;
  accountName: string;
  department: string | null;
  printers: SheetPrinter[];
  drives: SheetDrive[];
  fachverfahren: string[];
}

export interface SheetStep {
  label: string;
  required: boolean;
  done: boolean;
}

export interface SheetWorkstation {
  id: string;
  name: string;
  room: string | null;
  currentHostname: string | null;
  targetDeviceSerial: string | null;
  status: WorkstationStatus;
  persons: SheetPerson[];
  steps: SheetStep[];
}

export interface TechnicianSheet {
  location: SheetLocation;
  generatedAt: Date;
  /** By room, then name (the order the technician walks the building in). */
  workstations: SheetWorkstation[];
}

interface LocationRow extends Omit<SheetLocation, 'address'> {
  street: string | null;
  postal_code: string | null;
  city: string | null;
}

interface WorkstationRow {
  id: string;
  name: string;
  room: string | null;
  current_hostname: string | null;
  target_device_serial: string | null;
  cutover_status: WorkstationStatus;
  person_id: string | null;
}

interface PersonRow extends Omit<SheetPerson, 'accountName' | 'displayName'> {
  id: string;
  display_name: string;
  account_name: string;
}

const LOCATION_SQL = `
SELECT t.name AS "tenantName", l.name, l.street, l.postal_code, l.city, l.cutover_date::text AS "cutoverDate",
  to_char(l.cutover_window_start, 'HH24:MI') AS "windowStart", to_char(l.cutover_window_end, 'HH24:MI') AS "windowEnd",
  coalesce((SELECT array_agg(wt.account_name ORDER BY lower(wt.account_name)) FROM wave_technician wt
            WHERE wt.tenant_id = l.tenant_id AND wt.location_id = l.id), '{}') AS technicians
FROM location l JOIN tenant t ON t.id = l.tenant_id
WHERE l.tenant_id = $1 AND l.id = $2`;

/** One row per workstation and person (a workstation without persons: one row, no person). */
const WORKSTATIONS_SQL = `
SELECT w.id, w.name, w.room, w.current_hostname, w.target_device_serial, w.cutover_status, p.id AS person_id
FROM workstation w
LEFT JOIN workstation_person wp ON wp.tenant_id = w.tenant_id AND wp.workstation_id = w.id
LEFT JOIN person p ON p.tenant_id = wp.tenant_id AND p.id = wp.person_id
WHERE w.tenant_id = $1 AND w.location_id = $2
ORDER BY lower(w.room) NULLS LAST, w.room, lower(w.name), w.id, lower(p.display_name), p.id`;

/** The persons at those workstations with what has to work for them, aggregated per person. */
const PERSONS_SQL = `
SELECT p.id, p.display_name, p.account_name, p.department,
  (SELECT coalesce(json_agg(json_build_object('name', pr.name, 'targetQueue', pr.target_queue,
            'isDefault', pp.is_default) ORDER BY pp.is_default DESC, lower(pr.name), pr.id), '[]')
   FROM person_printer pp JOIN printer pr ON pr.tenant_id = pp.tenant_id AND pr.id = pp.printer_id
   WHERE pp.tenant_id = p.tenant_id AND pp.person_id = p.id) AS printers,
  (SELECT coalesce(json_agg(json_build_object('letter', coalesce(pf.drive_letter, fs.drive_letter),
            'targetPath', fs.target_path, 'uncPath', fs.unc_path, 'access', pf.access)
            ORDER BY coalesce(pf.drive_letter, fs.drive_letter) NULLS LAST, lower(fs.unc_path), fs.id), '[]')
   FROM person_file_share pf JOIN file_share fs ON fs.tenant_id = pf.tenant_id AND fs.id = pf.file_share_id
   WHERE pf.tenant_id = p.tenant_id AND pf.person_id = p.id) AS drives,
  (SELECT coalesce(json_agg(f.name ORDER BY lower(f.name), f.id), '[]')
   FROM person_fachverfahren pv JOIN fachverfahren f ON f.tenant_id = pv.tenant_id AND f.id = pv.fachverfahren_id
   WHERE pv.tenant_id = p.tenant_id AND pv.person_id = p.id) AS fachverfahren
FROM person p
WHERE p.tenant_id = $1 AND p.id IN (
  SELECT wp.person_id FROM workstation_person wp
  JOIN workstation w ON w.tenant_id = wp.tenant_id AND w.id = wp.workstation_id
  WHERE w.tenant_id = $1 AND w.location_id = $2)`;

const STEPS_SQL = `
SELECT s.workstation_id, s.label, s.required, s.done_at IS NOT NULL AS done
FROM checklist_step s JOIN workstation w ON w.tenant_id = s.tenant_id AND w.id = s.workstation_id
WHERE w.tenant_id = $1 AND w.location_id = $2
ORDER BY s.workstation_id, s.position`;

/**
 * A Standort's sheet for the cutover: four set-based statements in the request's transaction,
 * so RLS decides what the reader sees (a technician only their assigned Standorte).
 */
@Injectable()
export class TechnicianSheetService {
  async load(tenantId: string, locationId: string): Promise<TechnicianSheet> {
    const ctx = RequestContext.current();
    const [location] = await ctx.query<LocationRow>(LOCATION_SQL, [tenantId, locationId]);
    if (!location) throw notFound('Standort', locationId);
    const rows = await ctx.query<WorkstationRow>(WORKSTATIONS_SQL, [tenantId, locationId]);
    const persons = await ctx.query<PersonRow>(PERSONS_SQL, [tenantId, locationId]);
    const steps = await ctx.query<SheetStep & { workstation_id: string }>(STEPS_SQL, [tenantId, locationId]);

    const personById = new Map(
      persons.map((p): [string, SheetPerson] => [
        p.id,
        {
          displayName: p.display_name,
          accountName: p.account_name,
          department: p.department,
          printers: p.printers,
          drives: p.drives,
          fachverfahren: p.fachverfahren,
        },
      ]),
    );
    const workstations = new Map<string, SheetWorkstation>();
    for (const row of rows) {
      let ws = workstations.get(row.id);
      if (!ws) {
        ws = {
          id: row.id,
          name: row.name,
          room: row.room,
          currentHostname: row.current_hostname,
          targetDeviceSerial: row.target_device_serial,
          status: row.cutover_status,
          persons: [],
          steps: [],
        };
        workstations.set(row.id, ws);
      }
      const person = row.person_id ? personById.get(row.person_id) : undefined;
      if (person) ws.persons.push(person);
    }
    for (const { workstation_id: id, ...step } of steps) workstations.get(id)?.steps.push(step);

    const { street, postal_code: postalCode, city, ...rest } = location;
    const town = [postalCode, city].filter(Boolean).join(' ');
    return {
      location: { ...rest, address: [street, town].filter(Boolean).join(', ') || null },
      generatedAt: new Date(),
      workstations: [...workstations.values()],
    };
  }
}

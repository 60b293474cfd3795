import type { ExportTarget } from './export-columns';

/** What narrows an export: the list's own filters. */
export interface ExportFilter {
  tenantId?: string;
  locationId?: string;
  search?: string;
  withPersons: boolean;
}

export interface ExportQuery {
  sql: string;
  params: unknown[];
}

interface QueryDef {
  /** SELECT … FROM …: each column aliased as the spec field it fills. */
  from: string;
  tenantColumn: string;
  /** Column the `locationId` filter applies to; none: the filter is refused. */
  locationColumn?: string;
  searchColumns: string[];
  /** Natural key, case-insensitive, then a unique tie-breaker: files come out in a stable order. */
  orderBy: string;
}

const LOCATION_NAME = (alias: string, owner: string): string =>
  `LEFT JOIN location ${alias} ON ${alias}.tenant_id = ${owner}.tenant_id AND ${alias}.id = ${owner}.location_id`;

/**
 * Objects with their person assignments: one row per assignment, and one row with empty person
 * columns for an object without any. The person is joined inside the bracket, so a mapping
 * whose person the reader cannot see drops out instead of appearing as an empty row.
 */
const withAssignments = (
  mapping: string,
  owner: string,
  objectColumn: string,
  extra = '',
): string => `LEFT JOIN (${mapping} m JOIN person mp ON mp.tenant_id = m.tenant_id AND mp.id = m.person_id)
  ON m.tenant_id = ${owner}.tenant_id AND m.${objectColumn} = ${owner}.id ${extra}`;

function definition(target: ExportTarget, withPersons: boolean): QueryDef {
  const personOrder = withPersons ? ', lower(mp.account_name) NULLS FIRST, mp.id' : '';
  switch (target) {
    case 'TENANTS':
      return {
        from: `SELECT o.name AS "name", o.kind AS "kind", o.ags AS "ags", o.inhabitants AS "inhabitants",
          array_to_string(o.member_municipalities, ', ') AS "memberMunicipalities"
          FROM tenant o`,
        tenantColumn: 'o.id',
        searchColumns: ['o.name', 'o.ags'],
        orderBy: 'lower(o.name), o.id',
      };
    case 'LOCATIONS':
      return {
        from: `SELECT o.name AS "name", o.kind AS "kind", o.street AS "street", o.postal_code AS "postalCode",
          o.city AS "city", o.ags AS "ags", o.lan_speed_mbit AS "lanSpeedMbit", o.wan_link AS "wanLink",
          o.bandwidth_mbit AS "bandwidthMbit", o.notes AS "notes"
          FROM location o`,
        tenantColumn: 'o.tenant_id',
        locationColumn: 'o.id',
        searchColumns: ['o.name', 'o.city', 'o.street'],
        orderBy: 'lower(o.name), o.id',
      };
    case 'PERSONS':
      return {
        from: `SELECT o.account_name AS "accountName", o.given_name AS "givenName", o.surname AS "surname",
          o.display_name AS "displayName", o.department AS "department", loc.name AS "location", o.email AS "email"
          FROM person o ${LOCATION_NAME('loc', 'o')}`,
        tenantColumn: 'o.tenant_id',
        locationColumn: 'o.location_id',
        searchColumns: ['o.display_name', 'o.account_name', 'o.department', 'o.email'],
        orderBy: 'lower(o.account_name), o.id',
      };
    case 'WORKSTATIONS':
      return {
        from: `SELECT o.name AS "name", loc.name AS "location", o.room AS "room", o.current_hostname AS "currentHostname",
          o.current_os AS "currentOs", o.target_device_serial AS "targetDeviceSerial", o.notes AS "notes",
          ARRAY(SELECT p.account_name FROM workstation_person wp
                JOIN person p ON p.tenant_id = wp.tenant_id AND p.id = wp.person_id
                WHERE wp.tenant_id = o.tenant_id AND wp.workstation_id = o.id
                ORDER BY lower(p.account_name), p.account_name) AS "persons"
          FROM workstation o ${LOCATION_NAME('loc', 'o')}`,
        tenantColumn: 'o.tenant_id',
        locationColumn: 'o.location_id',
        searchColumns: ['o.name', 'o.room', 'o.current_hostname', 'o.target_device_serial'],
        orderBy: 'lower(o.name), o.id',
      };
    case 'PRINTERS':
      return {
        from: `SELECT o.name AS "name", loc.name AS "location", o.kind AS "kind", o.model AS "model",
          o.address AS "address", o.share_name AS "shareName", o.room AS "room", o.target_queue AS "targetQueue",
          o.notes AS "notes"
          FROM printer o ${LOCATION_NAME('loc', 'o')}`,
        tenantColumn: 'o.tenant_id',
        locationColumn: 'o.location_id',
        searchColumns: ['o.name', 'o.model', 'o.address', 'o.room', 'o.target_queue'],
        orderBy: 'lower(o.name), o.id',
      };
    case 'PERSON_PRINTERS':
      // Offered on the persons list: its filters (location, search) apply to the person.
      return {
        from: `SELECT o.account_name AS "person", pr.name AS "printer", pp.is_default AS "isDefault"
          FROM person_printer pp
          JOIN person o ON o.tenant_id = pp.tenant_id AND o.id = pp.person_id
          JOIN printer pr ON pr.tenant_id = pp.tenant_id AND pr.id = pp.printer_id`,
        tenantColumn: 'pp.tenant_id',
        locationColumn: 'o.location_id',
        searchColumns: ['o.display_name', 'o.account_name', 'o.department', 'o.email'],
        orderBy: 'lower(o.account_name), lower(pr.name), o.id, pr.id',
      };
    case 'SOFTWARE':
      return {
        from: `SELECT o.product AS "product", o.version_label AS "versionLabel", o.vendor AS "vendor",
          o.licence AS "licence", o.delivery AS "delivery", o.replaced_by AS "replacedBy"
          ${withPersons ? ', mp.account_name AS "person"' : ''}
          FROM software o ${withPersons ? withAssignments('person_software', 'o', 'software_id') : ''}`,
        tenantColumn: 'o.tenant_id',
        searchColumns: ['o.product', 'o.vendor', 'o.version_label'],
        orderBy: `lower(o.product), lower(coalesce(o.version_label, '')), o.id${personOrder}`,
      };
    case 'FILE_SHARES':
      return {
        from: `SELECT o.unc_path AS "uncPath", o.drive_letter AS "driveLetter", loc.name AS "location",
          o.size_gb AS "sizeGb", o.owning_department AS "owningDepartment", o.target_path AS "targetPath"
          ${withPersons ? ', mp.account_name AS "person", m.access AS "access", m.drive_letter AS "personDriveLetter"' : ''}
          FROM file_share o ${LOCATION_NAME('loc', 'o')}
          ${withPersons ? withAssignments('person_file_share', 'o', 'file_share_id') : ''}`,
        tenantColumn: 'o.tenant_id',
        locationColumn: 'o.location_id',
        searchColumns: ['o.unc_path', 'o.owning_department', 'o.target_path'],
        orderBy: `lower(o.unc_path), o.id${personOrder}`,
      };
    case 'FACHVERFAHREN':
      return {
        from: `SELECT o.name AS "name", o.area AS "area", o.vendor AS "vendor",
          o.current_operation AS "currentOperation", o.target_operation AS "targetOperation",
          o.criticality AS "criticality", o.crisis_relevant AS "crisisRelevant", o.personal_data AS "personalData",
          ARRAY(SELECT i FROM unnest(o.interfaces) AS i ORDER BY i) AS "interfaces",
          o.interface_notes AS "interfaceNotes", o.responsible_department AS "responsibleDepartment"
          ${withPersons ? ', mp.account_name AS "person"' : ''}
          FROM fachverfahren o ${withPersons ? withAssignments('person_fachverfahren', 'o', 'fachverfahren_id') : ''}`,
        tenantColumn: 'o.tenant_id',
        searchColumns: ['o.name', 'o.vendor', 'o.responsible_department'],
        orderBy: `lower(o.name), o.id${personOrder}`,
      };
  }
}

/** Whether the `locationId` filter means something for the target. */
export function supportsLocationFilter(target: ExportTarget): boolean {
  return definition(target, false).locationColumn !== undefined;
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The export's one SELECT. Row-level security limits it to what the reader may see; the
 * filters only narrow that further.
 */
export function exportQuery(target: ExportTarget, filter: ExportFilter): ExportQuery {
  const def = definition(target, filter.withPersons);
  const params: unknown[] = [];
  const where: string[] = [];
  if (filter.tenantId) {
    params.push(filter.tenantId);
    where.push(`${def.tenantColumn} = $${params.length}`);
  }
  if (filter.locationId && def.locationColumn) {
    params.push(filter.locationId);
    where.push(`${def.locationColumn} = $${params.length}`);
  }
  const search = filter.search?.trim();
  if (search) {
    params.push(`%${escapeLike(search)}%`);
    const p = `$${params.length}`;
    where.push(`(${def.searchColumns.map((c) => `${c} ILIKE ${p}`).join(' OR ')})`);
  }
  const sql = `${def.from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${def.orderBy}`;
  return { sql, params };
}

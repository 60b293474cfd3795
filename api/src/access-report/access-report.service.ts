import { Injectable } from '@nestjs/common';
import { writeAudit } from '../audit/audit-writer';
import { notFound } from '../common/errors';
import {
  readAuditEntries,
  readBlockers,
  readConfirmation,
  readFachverfahren,
  readFileShares,
  readIdentifiers,
  readImportRuns,
  readPerson,
  readPrinters,
  readSoftware,
  readTenant,
  readWorkstations,
} from './access-report.queries';
import {
  ACCESS_REPORT_FORMAT,
  ACCESS_REPORT_VERSION,
  type AccessReport,
  type ReportAuditEntry,
  type Unscrubbed,
} from './access-report.types';
import { OtherPersons } from './other-persons';
import { UUID } from '../common/uuid';

export type AccessReportFormat = 'pdf' | 'json';

/**
 * An audit entry without what it says about other persons: labels naming them, and the keys of
 * `changes` and `context` whose values do. Who made the change (an account) stays.
 */
function scrubEntry(entry: Unscrubbed<ReportAuditEntry>, others: OtherPersons): ReportAuditEntry {
  const labels = others.scrub<ReportAuditEntry>(entry, ['objectLabel', 'relatedLabel']);
  const changes = others.filterMap(entry.changes);
  const context = entry.context ? others.filterMap(entry.context) : null;
  return {
    ...labels,
    changes: changes.kept as ReportAuditEntry['changes'],
    context: context ? context.kept : null,
    omittedFields: [
      ...labels.omittedFields,
      ...changes.omitted.map((k) => `changes.${k}`),
      ...(context?.omitted ?? []).map((k) => `context.${k}`),
    ],
  };
}

/**
 * Everything Schaltplan stores about one person of a Verwaltung (DSGVO Art. 15), and nothing
 * about anyone else: other persons at the same workstation are not listed, entries about them
 * are not selected, and fields of the selected records that name them are left out (and said so
 * in `omittedFields`).
 */
@Injectable()
export class AccessReportService {
  /** Reads the report; NOT_FOUND for a person outside the Verwaltung or the caller's scope. */
  async build(tenantId: string, personId: string, now = new Date()): Promise<AccessReport> {
    const tenant = await readTenant(tenantId);
    const person = tenant ? await readPerson(tenantId, personId) : null;
    if (!tenant || !person) throw notFound('Person', personId);
    // One statement after another: they share the request's one connection.
    const workstations = await readWorkstations(tenantId, personId);
    const printers = await readPrinters(tenantId, personId);
    const software = await readSoftware(tenantId, personId);
    const fileShares = await readFileShares(tenantId, personId);
    const fachverfahren = await readFachverfahren(tenantId, personId);
    const confirmation = await readConfirmation(tenantId, personId);
    const blockers = await readBlockers(tenantId, personId);
    const entries = await readAuditEntries(tenantId, personId);
    const runIds = new Set(
      entries.map((e) => e.context?.importRunId).filter((id): id is string => typeof id === 'string' && UUID.test(id)),
    );
    const importRuns = await readImportRuns(tenantId, [...runIds]);
    const ids = await readIdentifiers(tenantId, personId);
    const others = new OtherPersons(ids.others, ids.notOthers);

    return {
      format: ACCESS_REPORT_FORMAT,
      version: ACCESS_REPORT_VERSION,
      generatedAt: now.toISOString(),
      tenant,
      person,
      // A workstation's or printer's name can carry someone's name too (PC-MMUELLER).
      workstations: workstations.map((w) => others.scrub(w)),
      printers: printers.map((p) => others.scrub(p)),
      software: software.map((s) => others.scrub(s)),
      fileShares: fileShares.map((f) => others.scrub(f)),
      fachverfahren: fachverfahren.map((f) => others.scrub(f)),
      confirmation: confirmation ? others.scrub(confirmation, ['comment', 'snapshot']) : null,
      blockers: blockers.map((b) => others.scrub(b)),
      importRuns: importRuns.map((r) => others.scrub(r, ['fileName'])),
      auditEntries: entries.map((e) => scrubEntry(e, others)),
    };
  }

  /** Written after the report was read, so a report never lists its own entry (later ones do). */
  async audit(report: AccessReport, format: AccessReportFormat): Promise<void> {
    await writeAudit({
      tenantId: report.tenant.id,
      objectType: 'PERSON',
      objectId: report.person.id,
      objectLabel: report.person.displayName,
      action: 'EXPORT',
      changes: {},
      context: { kind: 'ACCESS_REPORT', format },
    });
  }
}

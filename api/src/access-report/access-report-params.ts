import { datedFileName } from '../exports/export-file-name';
import { invalidInput } from '../common/errors';
import type { AccessReportFormat } from './access-report.service';
import { UUID } from '../common/uuid';

const FORMATS: readonly AccessReportFormat[] = ['pdf', 'json'];

export interface AccessReportParams {
  tenantId: string;
  personId: string;
  format: AccessReportFormat;
}

/** The query of GET /api/privacy/access-report; a bad one is refused naming the parameter. */
export function parseAccessReportParams(query: Record<string, unknown>): AccessReportParams {
  const one = (name: string): string | undefined => (typeof query[name] === 'string' ? query[name] : undefined);
  const tenantId = one('tenantId');
  const personId = one('personId');
  const format = one('format') ?? 'pdf';
  if (!tenantId || !UUID.test(tenantId)) throw invalidInput([{ field: 'tenantId', message: 'must be a UUID' }]);
  if (!personId || !UUID.test(personId)) throw invalidInput([{ field: 'personId', message: 'must be a UUID' }]);
  if (!FORMATS.includes(format as AccessReportFormat)) {
    throw invalidInput([{ field: 'format', message: 'must be pdf or json' }]);
  }
  return { tenantId: tenantId.toLowerCase(), personId: personId.toLowerCase(), format: format as AccessReportFormat };
}

/** e.g. `Auskunft-Art15-m.mueller-2026-12-01.pdf` (date in German time). */
export function accessReportFileName(accountName: string, format: AccessReportFormat, now: Date): string {
  return datedFileName(
    ['Auskunft-Art15', accountName.replace(/[\s\p{Cc}]+/gu, '-').slice(0, 80) || 'Person'],
    format,
    now,
  );
}

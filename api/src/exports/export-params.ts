import { LIMITS } from '@schaltplan/domain';
import {
  EXPORT_FORMATS,
  EXPORT_TARGETS,
  PERSON_LINK_TARGETS,
  type ExportFormat,
  type ExportTarget,
} from './export-columns';
import { supportsLocationFilter } from './export-queries';
import { UUID } from '../common/uuid';

/** A checked export request. */
export interface ExportParams {
  target: ExportTarget;
  format: ExportFormat;
  /** Required for every target but TENANTS (there it narrows to one Verwaltung). */
  tenantId?: string;
  locationId?: string;
  search?: string;
  withPersons: boolean;
}

/** A refused parameter: the HTTP layer answers 400 with the message. */
export class ExportParamError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
    this.name = 'ExportParamError';
  }
}

/** One value per parameter: `?a=1&a=2` and `?a[b]=1` are refused rather than guessed at. */
export function single(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new ExportParamError(name, `Parameter "${name}" must be given once.`);
  return value;
}

/** An optional UUID parameter, lower-cased; empty counts as absent. */
export function uuid(query: Record<string, unknown>, name: string): string | undefined {
  const value = single(query, name);
  if (value === undefined || value === '') return undefined;
  if (!UUID.test(value)) throw new ExportParamError(name, `Parameter "${name}" must be a UUID.`);
  return value.toLowerCase();
}

/** Reads the route's target and the query string; throws ExportParamError naming the parameter. */
export function parseExportParams(targetParam: string, query: Record<string, unknown>): ExportParams {
  const target = targetParam.toUpperCase().replace(/-/g, '_') as ExportTarget;
  if (!EXPORT_TARGETS.includes(target)) {
    throw new ExportParamError(
      'target',
      `Unknown export target "${targetParam}". Allowed: ${EXPORT_TARGETS.join(', ')}.`,
    );
  }
  const format = (single(query, 'format') ?? 'xlsx') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) {
    throw new ExportParamError('format', `Unknown format "${format}". Allowed: ${EXPORT_FORMATS.join(', ')}.`);
  }
  const tenantId = uuid(query, 'tenantId');
  if (!tenantId && target !== 'TENANTS') {
    throw new ExportParamError('tenantId', 'Parameter "tenantId" is required.');
  }
  const locationId = uuid(query, 'locationId');
  if (locationId && !supportsLocationFilter(target)) {
    throw new ExportParamError('locationId', `Parameter "locationId" is not a filter of ${target}.`);
  }
  const search = single(query, 'search')?.trim() || undefined;
  if (search && search.length > LIMITS.searchMax) {
    throw new ExportParamError('search', `Parameter "search" is longer than ${LIMITS.searchMax} characters.`);
  }
  const persons = single(query, 'withPersons') ?? 'false';
  if (!['true', 'false', '1', '0'].includes(persons)) {
    throw new ExportParamError('withPersons', 'Parameter "withPersons" must be true or false.');
  }
  const withPersons = persons === 'true' || persons === '1';
  if (withPersons && !PERSON_LINK_TARGETS.includes(target)) {
    throw new ExportParamError('withPersons', `Parameter "withPersons" is not an option of ${target}.`);
  }
  return { target, format, tenantId, locationId, search, withPersons };
}

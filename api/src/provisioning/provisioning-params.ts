import { PROVISIONING_FILE_FORMATS, type ProvisioningFileFormat } from '@schaltplan/domain';
import { ExportParamError, single, uuid } from '../exports/export-params';

/** A checked provisioning export request. */
export interface ProvisioningParams {
  tenantId: string;
  format: ProvisioningFileFormat;
  locationId?: string;
  /** Also persons whose mappings are not (or no longer) confirmed, each flagged with its state. */
  includeUnconfirmed: boolean;
}

const KNOWN = new Set(['tenantId', 'format', 'locationId', 'includeUnconfirmed']);

/**
 * Reads `tenantId`, `format` (json, the default, or csv), `locationId` and `includeUnconfirmed`;
 * throws ExportParamError naming the parameter. Unknown parameters are refused too: a typo such as
 * `includeUnconfirmd=true` must not silently give a different file than asked for.
 */
export function parseProvisioningParams(query: Record<string, unknown>): ProvisioningParams {
  const unknown = Object.keys(query).find((name) => !KNOWN.has(name));
  if (unknown) {
    throw new ExportParamError(unknown, `Unknown parameter "${unknown}". Allowed: ${[...KNOWN].join(', ')}.`);
  }
  const tenantId = uuid(query, 'tenantId');
  if (!tenantId) throw new ExportParamError('tenantId', 'Parameter "tenantId" is required.');
  const format = (single(query, 'format') ?? 'json').toLowerCase() as ProvisioningFileFormat;
  if (!PROVISIONING_FILE_FORMATS.includes(format)) {
    throw new ExportParamError(
      'format',
      `Unknown format "${format}". Allowed: ${PROVISIONING_FILE_FORMATS.join(', ')}.`,
    );
  }
  const locationId = uuid(query, 'locationId');
  const include = single(query, 'includeUnconfirmed') ?? 'false';
  if (!['true', 'false', '1', '0'].includes(include)) {
    throw new ExportParamError('includeUnconfirmed', 'Parameter "includeUnconfirmed" must be true or false.');
  }
  return { tenantId, format, locationId, includeUnconfirmed: include === 'true' || include === '1' };
}

import { describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { mapDbError } from './db-errors';
import { AppError } from './errors';

const pgError = (fields: Record<string, string>): QueryFailedError =>
  new QueryFailedError('SQL', [], Object.assign(new Error('pg'), fields));

describe('mapDbError', () => {
  it('names the natural key of a unique clash from the index name', () => {
    const e = mapDbError(pgError({ code: '23505', constraint: 'uq_person_account_name', table: 'person' }), 'Person');
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ code: 'UNIQUE_VIOLATION', details: { field: 'accountName', type: 'Person' } });
  });

  it('names the field of a reference into another tenant', () => {
    const e = mapDbError(
      pgError({ code: '23503', constraint: 'person_printer_tenant_id_printer_id_fkey', table: 'person_printer' }),
      'printer mapping',
    );
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', details: { fields: [{ field: 'printerId' }] } });
  });

  it('explains a delete that is blocked by objects still using it', () => {
    const e = mapDbError(
      pgError({
        code: '23503',
        table: 'printer',
        detail: 'Key (tenant_id, id)=(…) is still referenced from table "printer".',
      }),
      'Standort',
    );
    expect(e).toMatchObject({ code: 'CONFLICT', details: { usedBy: 'printer' } });
  });

  it('names the column of a CHECK or NOT NULL violation', () => {
    expect(
      mapDbError(pgError({ code: '23514', constraint: 'location_postal_code_check', table: 'location' }), 'Standort'),
    ).toMatchObject({
      details: { fields: [{ field: 'postalCode' }] },
    });
    expect(mapDbError(pgError({ code: '23502', column: 'display_name', table: 'person' }), 'Person')).toMatchObject({
      details: { fields: [{ field: 'displayName', message: 'must not be empty' }] },
    });
  });

  it('turns a row-level-security refusal into FORBIDDEN and leaves other errors alone', () => {
    expect(mapDbError(pgError({ code: '42501' }), 'Standort')).toMatchObject({ code: 'FORBIDDEN' });
    const other = new Error('connection lost');
    expect(mapDbError(other, 'Person')).toBe(other);
  });
});

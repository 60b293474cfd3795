import { QueryFailedError } from 'typeorm';
import { AppError, invalidInput, uniqueViolation } from './errors';

interface PgError {
  code?: string;
  constraint?: string;
  column?: string;
  table?: string;
  detail?: string;
}

const camel = (s: string): string => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Unique indexes are named uq_<table>_<column>; the key is derived from the name. */
function uniqueField(constraint: string, table: string): string {
  const column = constraint.startsWith(`uq_${table}_`) ? constraint.slice(`uq_${table}_`.length) : constraint;
  if (table.startsWith('person_') && column === 'default') return 'isDefault';
  return camel(column);
}

/** Turns a PostgreSQL constraint failure into a client error that names the field. */
export function mapDbError(error: unknown, type: string): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const pg = (error as QueryFailedError & { driverError?: PgError }).driverError ?? {};
  const table = pg.table ?? '';
  switch (pg.code) {
    case '23505':
      return uniqueViolation(type, uniqueField(pg.constraint ?? '', table));
    case '23503': {
      if (pg.detail?.includes('is still referenced')) {
        return new AppError(
          `This ${type} is still in use (${pg.table ?? 'other objects'}); move or delete those first.`,
          'CONFLICT',
          { type, usedBy: pg.table },
        );
      }
      // Composite foreign keys are named <table>_tenant_id_<column>_fkey.
      const column = /_tenant_id_(.+)_fkey$/.exec(pg.constraint ?? '')?.[1] ?? 'id';
      return invalidInput([
        { field: camel(column), message: 'refers to an object that does not exist in this Verwaltung' },
      ]);
    }
    case '23502':
      return invalidInput([{ field: camel(pg.column ?? 'input'), message: 'must not be empty' }]);
    case '23514': {
      // PostgreSQL names CHECK constraints <table>_<column>_check.
      const column = (pg.constraint ?? 'input').replace(`${table}_`, '').replace(/_check$/, '');
      return invalidInput([{ field: camel(column), message: 'has a value that is not allowed' }]);
    }
    case '42501':
      return new AppError('This change is outside the Verwaltungen you may edit.', 'FORBIDDEN');
    case '22P02':
      return invalidInput([{ field: 'id', message: 'is not a valid id' }]);
    default:
      return error;
  }
}

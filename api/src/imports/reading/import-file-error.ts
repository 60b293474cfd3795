import type { ImportErrorCode, ImportParams } from '@schaltplan/domain';
import { importMessage } from '@schaltplan/domain';

/** The file as a whole cannot be read: a code the UI explains, never a stack trace. */
export class ImportFileError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly params: ImportParams = {},
  ) {
    super(importMessage(code, params));
    this.name = 'ImportFileError';
  }
}

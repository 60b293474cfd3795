import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded files are stored uncompressed (still out of line): compressing each 1 MB chunk of a
 * CSV took most of an upload's time in PostgreSQL (pglz, ~35 ms per MB) and reading it back had
 * to decompress it again, for files kept at most 7 days. Applies to chunks written from now on.
 */
export class ImportChunkStorage1764800000000 implements MigrationInterface {
  name = 'ImportChunkStorage1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_file_chunk ALTER COLUMN data SET STORAGE EXTERNAL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_file_chunk ALTER COLUMN data SET STORAGE EXTENDED`);
  }
}

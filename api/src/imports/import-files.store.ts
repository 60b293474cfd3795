import { createHash } from 'node:crypto';
import { LIMITS } from '@schaltplan/domain';
import type { Readable } from 'node:stream';
import { mapDbError } from '../common/db-errors';
import { RequestContext } from '../database/request-context';
import { copyOut } from './engine/copy-streams';
import { byteaRowsOfBinaryCopy } from './reading/binary-copy';
import { ImportFileError } from './reading/import-file-error';

/** Uploads above this are refused while they stream in (the issue asks for at least 50 MB). */
export const MAX_UPLOAD_BYTES = LIMITS.importMaxMegabytes * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;

export interface StoredFile {
  id: string;
  tenantId: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
}

const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> =>
  RequestContext.current().query<T>(sql, params);

/**
 * Streams an upload into PostgreSQL in 1 MB chunks inside the request's transaction: memory
 * stays bounded, any API process can read it later, and a broken upload leaves nothing behind.
 */
export async function storeUpload(tenantId: string, fileName: string, body: Readable): Promise<StoredFile> {
  let id: string;
  try {
    [{ id }] = await q<{ id: string }>(
      `INSERT INTO import_file (tenant_id, account_id, file_name)
       VALUES ($1, nullif(current_setting('app.account_id', true), '')::uuid, $2) RETURNING id`,
      [tenantId, fileName],
    );
  } catch (error) {
    // Row-level security refuses another tenant; a missing tenant fails its foreign key.
    throw mapDbError(error, 'Import file');
  }
  const hash = createHash('sha256');
  let size = 0;
  let seq = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async (): Promise<void> => {
    if (!pendingBytes) return;
    const data = Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    await q(`INSERT INTO import_file_chunk (tenant_id, file_id, seq, data) VALUES ($1, $2, $3, $4)`, [
      tenantId,
      id,
      seq++,
      data,
    ]);
  };
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_UPLOAD_BYTES) throw new ImportFileError('FILE_TOO_LARGE', { max: MAX_UPLOAD_BYTES / 1024 / 1024 });
    hash.update(chunk);
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= CHUNK_BYTES) await flush();
  }
  await flush();
  const sha256 = hash.digest('hex');
  await q(`UPDATE import_file SET size_bytes = $2, sha256 = $3, complete = true WHERE id = $1`, [id, size, sha256]);
  // Old uploads of this tenant go: files are only kept for the wizard, not as an archive.
  await q(`DELETE FROM import_file WHERE tenant_id = $1 AND created_at < now() - interval '7 days'`, [tenantId]);
  return { id, tenantId, fileName, sizeBytes: size, sha256 };
}

export async function findFile(id: string): Promise<StoredFile | null> {
  const rows = await q<{ id: string; tenant_id: string; file_name: string; size_bytes: string; sha256: string }>(
    `SELECT id, tenant_id, file_name, size_bytes, sha256 FROM import_file WHERE id = $1 AND complete`,
    [id],
  );
  const r = rows[0];
  return r
    ? { id: r.id, tenantId: r.tenant_id, fileName: r.file_name, sizeBytes: Number(r.size_bytes), sha256: r.sha256 }
    : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** COPY of the file's chunks (it takes no parameters: the id must be a UUID). */
function chunksSql(fileId: string, rest: string): string {
  if (!UUID.test(fileId)) throw new Error(`not a file id: ${fileId}`);
  return `COPY (SELECT data FROM import_file_chunk WHERE file_id = '${fileId}' ${rest}) TO STDOUT (FORMAT binary)`;
}

/** Chunks per COPY: one statement per chunk cost more than the bytes; four bound the memory. */
const CHUNKS_PER_READ = 4;

/** The file's bytes, one chunk at a time; `limit` stops early (detection reads only the start). */
export async function* readFile(
  fileId: string,
  onBytes: (n: number) => void = () => undefined,
  limit = Infinity,
): AsyncGenerator<Buffer> {
  let read = 0;
  // Detection needs the first chunk only.
  const perRead = Number.isFinite(limit) ? 1 : CHUNKS_PER_READ;
  for (let seq = 0; read < limit; seq += perRead) {
    const out = await copyOut(
      RequestContext.current(),
      chunksSql(fileId, `AND seq >= ${seq} AND seq < ${seq + perRead} ORDER BY seq`),
    );
    const chunks = byteaRowsOfBinaryCopy(out);
    for (const data of chunks) {
      if (!data || read >= limit) return;
      read += data.length;
      onBytes(data.length);
      yield data;
    }
    if (chunks.length < perRead) return;
  }
}

/** The last one or two chunks: at least the final megabyte, where a zip keeps its directory. */
export async function readTail(fileId: string): Promise<Buffer> {
  const rows = byteaRowsOfBinaryCopy(
    await copyOut(RequestContext.current(), chunksSql(fileId, 'ORDER BY seq DESC LIMIT 2')),
  );
  return Buffer.concat(rows.reverse().filter((r): r is Buffer => r !== null));
}

/** The first bytes (for sniffing encoding, delimiter and header). */
export async function readHead(fileId: string, bytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of readFile(fileId, undefined, bytes)) parts.push(chunk);
  return Buffer.concat(parts).subarray(0, bytes);
}

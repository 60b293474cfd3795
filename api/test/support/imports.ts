import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Session, TestApp } from './test-app';

// Jest runs from the repository root.
export const FIXTURES = join(process.cwd(), 'api', 'test', 'fixtures', 'imports');
export const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

export interface RunResult {
  id: string;
  status: string;
  phase: string;
  progressDone: number;
  progressTotal: number;
  counts: {
    created: number;
    changed: number;
    unchanged: number;
    errors: number;
    skipped: number;
    missing: number;
    marked: number;
  } | null;
  errors: { row: number | null; column: string | null; field: string | null; code: string; message: string }[];
  diffs: {
    row: number;
    key: string;
    action: string;
    changes: { field: string; old: string | null; new: string | null }[];
  }[];
  failure: { code: string; message: string } | null;
}

export const RUN_FIELDS = `id status phase progressDone progressTotal
  counts { created changed unchanged errors skipped missing marked }
  errors { row column field code message }
  diffs { row key action changes { field old new } }
  failure { code message }`;

/** POSTs a file to the upload endpoint; returns the HTTP response. */
export function uploadRaw(
  api: TestApp,
  tenantId: string,
  fileName: string,
  body: Buffer,
  session: Session | null = api.admin,
): Promise<Response> {
  const url = `${api.url.replace(/\/graphql$/, '')}/api/imports/files?tenantId=${tenantId}&fileName=${encodeURIComponent(fileName)}`;
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...(session ? { cookie: session.cookie } : {}) },
    body: new Uint8Array(body),
  });
}

export async function upload(
  api: TestApp,
  tenantId: string,
  fileName: string,
  body: Buffer,
  session?: Session,
): Promise<string> {
  const res = await uploadRaw(api, tenantId, fileName, body, session);
  const json = (await res.json()) as { id?: string; message?: string };
  if (res.status !== 201 || !json.id) throw new Error(`upload failed (${res.status}): ${json.message}`);
  return json.id;
}

export interface Analysis {
  format: string;
  sheets: string[];
  sheet: string | null;
  encoding: string | null;
  bom: boolean;
  delimiter: string | null;
  headerRow: number;
  headers: string[];
  sampleRows: string[][];
  suggestedMapping: (string | null)[];
  suggestedTarget: string | null;
  problem: string | null;
}

export async function analyze(
  api: TestApp,
  fileId: string,
  args: Record<string, unknown> = {},
  session?: Session,
): Promise<Analysis> {
  const data = await api.gql<{ importFileAnalysis: Analysis }>(
    `query($fileId: ID!, $target: ImportTarget, $sheet: String, $headerRow: Int, $encoding: FileEncoding, $delimiter: CsvDelimiter) {
       importFileAnalysis(fileId: $fileId, target: $target, sheet: $sheet, headerRow: $headerRow, encoding: $encoding, delimiter: $delimiter) {
         format sheets sheet encoding bom delimiter headerRow headers sampleRows suggestedMapping suggestedTarget problem } }`,
    { fileId, ...args },
    { session },
  );
  return data.importFileAnalysis;
}

/** Starts a run and polls until it has finished. */
export async function runImport(api: TestApp, input: Record<string, unknown>, session?: Session): Promise<RunResult> {
  const started = await api.gql<{ startImport: { id: string } }>(
    `mutation($input: StartImportInput!) { startImport(input: $input) { id } }`,
    { input },
    { session },
  );
  const deadline = Date.now() + 120_000;
  for (;;) {
    const data = await api.gql<{ importRun: RunResult }>(
      `query($id: ID!) { importRun(id: $id) { ${RUN_FIELDS} } }`,
      {
        id: started.startImport.id,
      },
      { session },
    );
    if (data.importRun.status !== 'RUNNING') return data.importRun;
    if (Date.now() > deadline) throw new Error('import did not finish');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Upload + analyze + run with the suggested mapping (plus overrides). */
export async function importFile(
  api: TestApp,
  opts: {
    tenantId: string;
    target: string;
    fileName: string;
    body: Buffer;
    mode?: 'DRY_RUN' | 'COMMIT';
    mapping?: (string | null)[];
    defaults?: { field: string; value: string }[];
    markMissing?: boolean;
    read?: Record<string, unknown>;
    session?: Session;
  },
): Promise<RunResult & { analysis: Analysis }> {
  const fileId = await upload(api, opts.tenantId, opts.fileName, opts.body, opts.session);
  const analysis = await analyze(api, fileId, { target: opts.target, ...opts.read }, opts.session);
  const run = await runImport(
    api,
    {
      fileId,
      target: opts.target,
      mode: opts.mode ?? 'COMMIT',
      mapping: opts.mapping ?? analysis.suggestedMapping,
      defaults: opts.defaults ?? [],
      markMissing: opts.markMissing ?? false,
      ...opts.read,
    },
    opts.session,
  );
  return { ...run, analysis };
}

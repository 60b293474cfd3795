// Drives one persons import the way the web wizard does (upload → startImport → poll importRun)
// and remembers how far it got, so a kill can be placed in a phase and judged afterwards.
import { MAPPING } from '../../bench/lib/import-persons.mjs';
import { gql, sleep } from './session.mjs';

export const RUN_QUERY = `query($id: ID!) { importRun(id: $id) {
  id status phase counts { created changed unchanged errors } failure { code message } } }`;
export const RUNS_QUERY = `query($tenantId: ID!) { importRuns(tenantId: $tenantId) {
  items { id status phase failure { code } } } }`;
const START = `mutation($input: StartImportInput!) { startImport(input: $input) { id } }`;

export async function upload(baseUrl, cookie, tenantId, file) {
  const res = await fetch(`${baseUrl}/api/imports/files?tenantId=${tenantId}&fileName=reliability-persons.csv`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', cookie },
    body: file,
  });
  const body = await res.json();
  if (res.status !== 201 || !body.id) throw new Error(`upload failed (${res.status}): ${JSON.stringify(body)}`);
  return body.id;
}

export async function startRun(baseUrl, cookie, fileId) {
  const r = await gql(
    baseUrl,
    START,
    { input: { fileId, target: 'PERSONS', mode: 'COMMIT', mapping: MAPPING } },
    cookie,
  );
  if (r.errors) throw new Error(`startImport: ${JSON.stringify(r.errors).slice(0, 300)}`);
  return r.data.startImport.id;
}

/** Polls importRun until it is no longer RUNNING (or `timeoutMs` passes: then the last state). */
export async function waitForRun(baseUrl, cookie, runId, { timeoutMs = 300_000, onPhase = () => undefined } = {}) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const r = await gql(baseUrl, RUN_QUERY, { id: runId }, cookie);
    if (r.errors) throw new Error(`importRun: ${JSON.stringify(r.errors).slice(0, 300)}`);
    const run = r.data.importRun;
    onPhase(run.phase);
    if (run.status !== 'RUNNING' || Date.now() > until) return run;
    await sleep(50);
  }
}

/**
 * Starts upload + import in the background. `state.phase` is UPLOAD, START (startImport sent),
 * then the run's phase as last polled; `state.done` settles when the run ends or the API dies.
 */
export function trackedImport(baseUrl, cookie, tenantId, file) {
  const state = { phase: 'UPLOAD', fileId: null, runId: null, run: null, error: null };
  state.done = (async () => {
    state.fileId = await upload(baseUrl, cookie, tenantId, file);
    state.phase = 'START';
    state.runId = await startRun(baseUrl, cookie, state.fileId);
    state.phase = 'PARSE';
    state.run = await waitForRun(baseUrl, cookie, state.runId, { onPhase: (p) => (state.phase = p) });
  })().catch((error) => {
    state.error = error;
  });
  return state;
}

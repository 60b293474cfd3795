// The import API as the web app's wizard drives it: upload, analysis, start a run, poll it.
import { bump } from './fuzz-env.mjs';
import { request } from './fuzz-check.mjs';

const ANALYSIS = `query($fileId: ID!, $target: ImportTarget, $sheet: String, $headerRow: Int, $encoding: FileEncoding, $delimiter: CsvDelimiter) {
  importFileAnalysis(fileId: $fileId, target: $target, sheet: $sheet, headerRow: $headerRow, encoding: $encoding, delimiter: $delimiter) {
    format sheets sheet encoding bom delimiter headerRow headers sampleRows suggestedMapping suggestedTarget problem problemEn } }`;
const START = `mutation($input: StartImportInput!) { startImport(input: $input) { id status } }`;
const RUN = `query($id: ID!) { importRun(id: $id) { id status phase
  counts { created changed unchanged errors skipped missing marked }
  errors { row column field code message } failure { code message } } }`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Drops what only echoes the file (headers, sample rows), so the leak check sees the API's own words. */
function withoutEcho(json) {
  const a = json?.data?.importFileAnalysis;
  if (!a) return JSON.stringify(json ?? {});
  return JSON.stringify({ ...json, data: { importFileAnalysis: { ...a, headers: [], sampleRows: [], sheets: [] } } });
}

export function importClient({ baseUrl, cookie, judge, figures }) {
  const gql = async (label, query, variables) => {
    const res = await request(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    let json;
    try {
      json = JSON.parse(res.text);
    } catch {
      json = null;
    }
    return judge(label, res.status, res.text, withoutEcho(json) + (json ? '' : res.text));
  };

  return {
    async upload(label, tenantId, name, body) {
      bump(figures, 'uploads');
      const url = `${baseUrl}/api/imports/files?tenantId=${tenantId}&fileName=${encodeURIComponent(name)}`;
      const res = await request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', cookie },
        body,
      });
      const json = judge(`${label} upload`, res.status, res.text);
      return res.status === 201 ? json?.id : null;
    },

    async analyze(label, fileId, args) {
      bump(figures, 'analyses');
      const json = await gql(`${label} analysis`, ANALYSIS, { fileId, ...args });
      const a = json?.data?.importFileAnalysis ?? null;
      if (a?.problem) bump(figures, 'analysesWithProblem');
      return a;
    },

    /** Starts the run and polls it to its end; returns the finished run or null if it was refused. */
    async run(label, input) {
      bump(figures, input.mode === 'COMMIT' ? 'commitAttempts' : 'dryRuns');
      const started = await gql(`${label} start`, START, { input });
      const id = started?.data?.startImport?.id;
      if (!id) return null;
      const deadline = Date.now() + 300_000;
      for (;;) {
        bump(figures, 'polls');
        const json = await gql(`${label} poll`, RUN, { id });
        const run = json?.data?.importRun;
        if (!run) return null;
        if (run.status !== 'RUNNING') {
          bump(figures, `run${run.status}`);
          if (run.failure) bump(figures, `failure_${run.failure.code}`);
          return run;
        }
        if (Date.now() > deadline) throw new Error(`${label}: run ${id} still RUNNING after 5 minutes`);
        await sleep(40);
      }
    },
  };
}

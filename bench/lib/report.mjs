// Result rows in the shared bench/results.json format, and the printed table.
import fs from 'node:fs';

const round = (x, digits) => (x === null ? null : Number(x.toFixed(digits)));

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Evaluates targets of the form "<= N", "< N", ">= N", "== N" against the value (or the ratio when there is one). */
function meets(target, measured) {
  if (!target || measured === null) return null;
  const m = /^(<=|<|>=|>|==)\s*(-?[\d.]+)$/.exec(target.trim());
  if (!m) throw new Error(`unknown target "${target}"`);
  const limit = Number(m[2]);
  return {
    '<=': measured <= limit,
    '<': measured < limit,
    '>=': measured >= limit,
    '>': measured > limit,
    '==': measured === limit,
  }[m[1]];
}

/** API/raw of each alternating pair (index i of both lists ran back to back). */
export function pairRatios({ api, raw }) {
  if (api.length !== raw.length || api.length === 0)
    throw new Error(`unpaired runs: ${api.length} API, ${raw.length} raw`);
  return api.map((a, i) => a / raw[i]);
}

/**
 * A result row. With a baseline the target applies to the ratio, otherwise to the value itself;
 * `met` may be given explicitly for derived checks. With `pairs` ({ api, raw }: the runs of each
 * side, pair by pair) the ratio is the median of the per-pair ratios, which a load spike on the
 * shared machine moves less than a ratio of the two medians; without, it is value / baseline.
 */
export function row({ scenario, value, unit, baseline = null, pairs, target = null, met, digits = 1, note = '' }) {
  const ratios = pairs ? pairRatios(pairs) : null;
  const ratio = baseline === null ? null : round(ratios ? median(ratios) : value / baseline, 2);
  const v = round(value, digits);
  const pairNote = ratios
    ? `median of ${ratios.length} pair ratios (${ratios.map((r) => r.toFixed(2)).join(', ')})`
    : '';
  return {
    result: {
      scenario,
      value: v,
      unit,
      baseline: round(baseline, digits),
      ratio,
      target,
      met: met ?? meets(target, ratio ?? v),
    },
    note: [note, pairNote].filter(Boolean).join('; '),
  };
}

export function printTable(rows, out = process.stdout) {
  const header = ['scenario', 'value', 'unit', 'baseline', 'ratio', 'target', 'result'];
  const cells = rows.map(({ result: r }) => [
    r.scenario,
    String(r.value),
    r.unit,
    r.baseline === null ? '–' : String(r.baseline),
    r.ratio === null ? '–' : String(r.ratio),
    r.target ?? '–',
    r.met === null ? 'info' : r.met ? 'met' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) =>
    c.map((s, i) => (i === 1 || i === 3 || i === 4 ? s.padStart(widths[i]) : s.padEnd(widths[i]))).join('  ');
  out.write(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const c of cells) out.write(`${line(c)}\n`);
  const notes = rows.filter((r) => r.note);
  if (notes.length) out.write(`\n${notes.map((r) => `${r.result.scenario}: ${r.note}`).join('\n')}\n`);
  const missed = rows.filter((r) => r.result.met === false).map((r) => r.result.scenario);
  out.write(missed.length ? `\nMISSED: ${missed.join(', ')}\n` : '\nAll targets met.\n');
}

export function writeResults(file, rows) {
  fs.writeFileSync(
    file,
    `${JSON.stringify(
      rows.map((r) => r.result),
      null,
      2,
    )}\n`,
  );
}

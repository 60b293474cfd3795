// Result rows of the list and readiness-board scenarios on the benchmark-scale database.
import { withClient } from './database.mjs';
import { checkSameRows, measureList, statementCount } from './list-workstations.mjs';
import { fmt } from './options.mjs';
import { boardStatementCount, checkSameBoard, measureBoard } from './readiness-board.mjs';
import { median, pairRatios, row } from './report.mjs';

/** Statement counts at 5 and 50 locations, and whether they are equal (no per-location query). */
function statementRows(prefix, suffix, five, fifty, total) {
  return [
    row({
      scenario: `${prefix}-5${suffix}`,
      value: five.count,
      unit: 'statements',
      target: '<= 5',
      digits: 0,
      note: five.note,
    }),
    row({
      scenario: `${prefix}-50${suffix}`,
      value: fifty.count,
      unit: 'statements',
      target: '<= 5',
      digits: 0,
      note: `all tenants (${total} locations, provider-admin scope): ${fifty.note}`,
    }),
    row({
      scenario: `${prefix}-constant`,
      value: fifty.count - five.count,
      unit: 'statements (50 − 5)',
      target: '== 0',
      digits: 0,
      met: fifty.count === five.count,
    }),
  ];
}

export async function listRows({ app, url, tenants, largest, small, pairs, log }) {
  const rows = [];
  await withClient(url, async (client) => {
    const same = await checkSameRows(app.baseUrl, client, largest.id);
    log(
      `API and raw SQL return the same ${same.rows} rows (${same.persons} person and ${same.printers} printer entries)`,
    );
    const m = await measureList(app.baseUrl, client, largest.id, { pairs });
    log(`list-workstations API ms: ${fmt(m.api)}; raw SQL ms: ${fmt(m.raw)}`);
    rows.push(
      row({
        scenario: 'list-workstations',
        value: m.apiMedian,
        unit: 'ms',
        baseline: m.rawMedian,
        pairs: m,
        target: '<= 2',
        note: `${largest.name} (${largest.workstations} workstations, ${largest.persons} persons): page of ${same.rows}; medians of ${pairs} alternating pairs`,
      }),
    );
  });

  // Sorted by room, a page of 1000 spreads over the locations; by name it would stay in one.
  const five = await statementCount(app.baseUrl, small.id, 'ROOM');
  const fifty = await statementCount(app.baseUrl, null, 'ROOM');
  const total = tenants.reduce((n, t) => n + t.locations, 0);
  five.note = `${small.name} (${small.locations} locations): ${five.items} workstations from ${five.locations} locations`;
  fifty.note = `${fifty.items} workstations from ${fifty.locations} locations`;
  return [...rows, ...statementRows('list-statements', '-locations', five, fifty, total)];
}

/** readinessBoard of the largest tenant vs one hand-written aggregate; statements at 5 and 50 locations. */
export async function boardRows({ app, url, tenants, largest, small, pairs, log }) {
  const rows = [];
  await withClient(url, async (client) => {
    const same = await checkSameBoard(app.baseUrl, client, largest.id);
    const failing = Object.entries(same.failingLocations)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    log(
      `readinessBoard: API and raw SQL give the same numbers for ${same.locations} locations (${same.ready} ready; failing locations per criterion: ${failing})`,
    );
    const m = await measureBoard(app.baseUrl, client, largest.id, { pairs });
    log(`readiness-board API ms: ${fmt(m.api)}; raw SQL ms: ${fmt(m.raw)}`);
    const diff = m.apiMedian - m.rawMedian;
    const ratio = median(pairRatios(m));
    rows.push(
      row({
        scenario: 'readiness-board',
        value: m.apiMedian,
        unit: 'ms',
        baseline: m.rawMedian,
        pairs: m,
        target: '<= 2 or <= +5 ms',
        met: ratio <= 2 || diff <= 5,
        note: `${largest.name}: ${same.locations} locations, ${same.persons} persons (${same.confirmed} confirmed, ${same.changed} changed), ${same.ready} ready; API − raw = ${diff.toFixed(1)} ms; medians of ${pairs} alternating pairs`,
      }),
    );
  });
  const five = await boardStatementCount(app.baseUrl, small.id);
  const fifty = await boardStatementCount(app.baseUrl, null);
  const total = tenants.reduce((n, t) => n + t.locations, 0);
  five.note = `${small.name}: ${five.locations} locations on the board`;
  fifty.note = `${fifty.locations} locations on the board`;
  return [...rows, ...statementRows('readiness-board-statements', '', five, fifty, total)];
}

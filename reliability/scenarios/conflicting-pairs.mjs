// Pairs of conflicting writes fired at once: edits with the same expected version, status moves
// from the same status, and two coordinators deciding on the same person. Exactly one side of a
// conflict wins, the other gets CONFLICT, and at the end (read as the owner) the database holds
// exactly the winners' writes, each audited once: no lost update.
import { startApp } from '../../bench/lib/app-process.mjs';
import { createMigratedDatabase, startCluster, withClient } from '../../bench/lib/database.mjs';
import { createImportTenants } from '../../bench/lib/import-persons.mjs';
import { decisionPair, editPair, transitionPair } from '../lib/conflict-kinds.mjs';
import { asOwner, signIn } from '../lib/session.mjs';

export const name = 'conflicting-pairs';

/** Pairs run in this many lanes at once, each lane on its own objects. */
const LANES = 4;
const KINDS = ['edit', 'transition', 'confirm-reject', 'edit', 'transition', 'confirm-confirm'];

export async function run({ reduced, log }) {
  const pairs = reduced ? 200 : 1000;
  const failures = [];
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0]));
  const db = await startCluster(() => undefined);
  try {
    const url = await createMigratedDatabase(db.url, 'reliability_conflicts');
    await withClient(url, async (owner) => {
      const [tenantId] = await createImportTenants(owner, 1, 'reliability conflicts');
      const objects = await asOwner(owner, (c) => seed(c, tenantId, Math.ceil(pairs / 3) + LANES));
      const app = await startApp({ DATABASE_URL: url, SCHALTPLAN_DEMO_DATA: 'off', GRAPHQL_RATE_LIMIT: '0' });
      try {
        const editors = [
          await signIn(app.baseUrl, owner, { role: 'ADMIN', label: 'editor-a' }),
          await signIn(app.baseUrl, owner, { role: 'PROJECT_MANAGER', tenantId, label: 'editor-b' }),
        ];
        const coordinators = [
          await signIn(app.baseUrl, owner, { role: 'COORDINATOR', tenantId, label: 'coordinator-a' }),
          await signIn(app.baseUrl, owner, { role: 'COORDINATOR', tenantId, label: 'coordinator-b' }),
        ];
        const lanes = Array.from({ length: LANES }, (_, l) => ({
          edit: { id: objects.workstations[2 * l], version: 1, writes: [] },
          transition: { id: objects.workstations[2 * l + 1], status: 'PLANNED', writes: [] },
        }));
        log('database, accounts and API ready');
        const decided = [];
        let nextPerson = 0;
        const lane = async (l) => {
          for (let i = l; i < pairs; i += LANES) {
            const kind = KINDS[i % KINDS.length];
            const tag = `pair-${i}`;
            let problems;
            if (kind === 'edit') problems = await editPair(app.baseUrl, editors, lanes[l].edit, tag);
            else if (kind === 'transition')
              problems = await transitionPair(app.baseUrl, editors, lanes[l].transition, tag);
            else {
              const person = { id: objects.persons[nextPerson++], tag };
              problems = await decisionPair(app.baseUrl, coordinators, person, tenantId, tag, kind);
              decided.push(person);
            }
            counts[kind]++;
            for (const p of problems) failures.push(`${tag} (${kind}): ${p}`);
          }
        };
        await Promise.all(Array.from({ length: LANES }, (_, l) => lane(l)));
        log(
          `${pairs} pairs fired (${Object.entries(counts)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ')})`,
        );
        const lost = await asOwner(owner, (c) => finalCheck(c, lanes, decided, failures));
        counts.lost = lost;
      } finally {
        await app.stop();
      }
    });
  } finally {
    await db.stop();
  }
  return {
    figures: {
      pairs,
      'edit pairs': counts.edit,
      'transition pairs': counts.transition,
      'decision pairs': counts['confirm-reject'] + counts['confirm-confirm'],
      'pairs with a wrong outcome': new Set(failures.map((f) => /^(pair-\d+|lane \d+)/.exec(f)?.[1] ?? f)).size,
      'lost updates': counts.lost ?? 'not checked',
    },
    failures,
  };
}

/** Workstations (two per lane) and undecided persons, inserted as the owner. */
async function seed(c, tenantId, persons) {
  const { rows: loc } = await c.query(`SELECT id FROM location WHERE tenant_id = $1 ORDER BY name LIMIT 1`, [tenantId]);
  const { rows: ws } = await c.query(
    `INSERT INTO workstation (tenant_id, location_id, name)
     SELECT $1, $2, 'AP-Konflikt-' || g FROM generate_series(1, $3) g RETURNING id`,
    [tenantId, loc[0].id, 2 * LANES],
  );
  const { rows: ps } = await c.query(
    `INSERT INTO person (tenant_id, location_id, account_name, display_name)
     SELECT $1, $2, 'konflikt' || g, 'Konflikt ' || g FROM generate_series(1, $3) g RETURNING id`,
    [tenantId, loc[0].id, persons],
  );
  return { workstations: ws.map((r) => r.id), persons: ps.map((r) => r.id) };
}

/** Compares the stored state and audit trail with the winners' writes; returns the lost updates. */
async function finalCheck(c, lanes, decided, failures) {
  let lost = 0;
  for (const [l, { edit, transition }] of lanes.entries()) {
    const { rows: e } = await c.query(
      `SELECT w.notes, w.version, (SELECT coalesce(json_agg(a.changes->'notes'->>'new' ORDER BY a.at), '[]')
         FROM audit_entry a WHERE a.object_id = w.id AND a.action = 'UPDATE') AS audited
       FROM workstation w WHERE w.id = $1`,
      [edit.id],
    );
    const last = edit.writes.at(-1) ?? null;
    if (e[0].notes !== last || e[0].version !== edit.version) {
      lost++;
      failures.push(
        `lane ${l}: workstation holds notes ${e[0].notes} v${e[0].version}, last winner wrote ${last} v${edit.version}`,
      );
    }
    if (JSON.stringify(e[0].audited) !== JSON.stringify(edit.writes))
      failures.push(`lane ${l}: ${e[0].audited.length} edits audited, ${edit.writes.length} won (or another order)`);
    const { rows: t } = await c.query(
      `SELECT w.cutover_status AS status, w.cutover_status_reason AS reason,
         (SELECT coalesce(json_agg(a.changes->'cutoverStatus'->>'new' ORDER BY a.at), '[]')
           FROM audit_entry a WHERE a.object_id = w.id AND a.action = 'STATUS_CHANGE') AS audited
       FROM workstation w WHERE w.id = $1`,
      [transition.id],
    );
    const final = transition.writes.at(-1) ?? { status: 'PLANNED', reason: null };
    if (t[0].status !== final.status || t[0].reason !== final.reason) {
      lost++;
      failures.push(
        `lane ${l}: workstation is ${t[0].status} (${t[0].reason}), last winner set ${final.status} (${final.reason})`,
      );
    }
    if (JSON.stringify(t[0].audited) !== JSON.stringify(transition.writes.map((w) => w.status)))
      failures.push(`lane ${l}: ${t[0].audited.length} status changes audited, ${transition.writes.length} won`);
  }
  const { rows: d } = await c.query(
    `SELECT p.id, c.status, c.decided_by_name, c.version,
       (SELECT coalesce(json_agg(json_build_object('action', a.action, 'by', a.account_name) ORDER BY a.at), '[]')
         FROM audit_entry a WHERE a.object_id = p.id AND a.object_type = 'CONFIRMATION') AS audited
     FROM person p LEFT JOIN confirmation c ON c.tenant_id = p.tenant_id AND c.person_id = p.id
     WHERE p.id = ANY($1::uuid[])`,
    [decided.filter((p) => p.expect).map((p) => p.id)],
  );
  const byId = new Map(d.map((r) => [r.id, r]));
  for (const person of decided.filter((p) => p.expect)) {
    const r = byId.get(person.id);
    const lastAudit = r.audited.at(-1);
    const expected =
      person.expect.status === 'LAST' ? (lastAudit?.action === 'CONFIRM' ? 'CONFIRMED' : 'REJECTED') : 'CONFIRMED';
    if (r.status !== expected || r.decided_by_name !== lastAudit?.by) {
      lost++;
      failures.push(
        `${person.tag}: confirmation is ${r.status} by ${r.decided_by_name}, the last audited decision is ${lastAudit?.action} by ${lastAudit?.by}`,
      );
    }
    if (r.audited.length !== person.expect.decisions)
      failures.push(`${person.tag}: ${r.audited.length} decisions audited, expected ${person.expect.decisions}`);
  }
  return lost;
}

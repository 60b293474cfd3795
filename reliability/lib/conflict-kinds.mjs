// The three kinds of conflicting pairs: what each side sends, and what the API's semantics make
// of two of them at once (read from the services, see reliability/README.md).
import { randomUUID } from 'node:crypto';
import { gql } from './session.mjs';

const UPDATE = `mutation($input: UpdateWorkstationInput!) { updateWorkstation(input: $input) { id version notes } }`;
const TRANSITION = `mutation($input: TransitionWorkstationInput!) {
  transitionWorkstation(input: $input) { id cutoverStatus } }`;
const CONFIRM = `mutation($tenantId: ID!, $ids: [ID!]!) { confirmPersons(tenantId: $tenantId, personIds: $ids) {
  confirmed unchanged } }`;
const REJECT = `mutation($id: ID!, $comment: String!) { rejectPerson(personId: $id, comment: $comment) { state } }`;

/** Two moves from each status that cannot both happen (the second sees another status). */
const MOVES = {
  PLANNED: [{ to: 'PREPARED' }, { to: 'ROLLED_BACK', reason: true }],
  PREPARED: [
    { to: 'ROLLED_BACK', reason: true },
    { to: 'ROLLED_BACK', reason: true },
  ],
  ROLLED_BACK: [{ to: 'PLANNED' }, { to: 'PREPARED' }],
};

/** Outcome of one side: ok, or the error code. */
const outcome = (r) => (r.errors ? { ok: false, code: r.code, message: r.errors[0]?.message } : { ok: true });

/**
 * Same workstation, same expected version, different notes: optimistic locking lets exactly one
 * through; the other gets CONFLICT. `ws` carries { id, version } and is advanced to the winner's.
 */
export async function editPair(baseUrl, [a, b], ws, tag) {
  const send = (who, side) =>
    gql(baseUrl, UPDATE, { input: { id: ws.id, version: ws.version, notes: `${tag}-${side}` } }, who.cookie);
  const [ra, rb] = await Promise.all([send(a, 'A'), send(b, 'B')]);
  const sides = [outcome(ra), outcome(rb)];
  const winner = sides[0].ok ? ra : sides[1].ok ? rb : null;
  const problems = judge(sides, 'CONFLICT');
  if (winner && !problems.length) {
    const w = winner.data.updateWorkstation;
    if (w.version <= ws.version) problems.push(`winner's version ${w.version} not above ${ws.version}`);
    ws.version = w.version;
    ws.writes.push(w.notes);
  }
  return problems;
}

/**
 * Same workstation, both sides saw the same status and move it on: the first to lock the row
 * wins, the other sees another status and gets CONFLICT. `ws` carries { id, status }.
 */
export async function transitionPair(baseUrl, [a, b], ws, tag) {
  const moves = MOVES[ws.status];
  if (!moves) return [`workstation ${ws.id} reached ${ws.status}, which this scenario does not move on`];
  const send = (who, move, side) =>
    gql(
      baseUrl,
      TRANSITION,
      {
        input: {
          opId: randomUUID(),
          workstationId: ws.id,
          from: ws.status,
          to: move.to,
          reason: move.reason ? `${tag}-${side}` : null,
        },
      },
      who.cookie,
    );
  const [ra, rb] = await Promise.all([send(a, moves[0], 'A'), send(b, moves[1], 'B')]);
  const sides = [outcome(ra), outcome(rb)];
  const problems = judge(sides, 'CONFLICT');
  if (!problems.length) {
    const i = sides[0].ok ? 0 : 1;
    const move = moves[i];
    ws.status = move.to;
    ws.writes.push({ status: move.to, reason: move.reason ? `${tag}-${'AB'[i]}` : null });
  }
  return problems;
}

/**
 * Two coordinators decide on the same (undecided) person. Decisions carry no expected state:
 * confirm + reject both apply in the order they commit (the later one stands, both audited);
 * confirm + confirm confirms once (the second finds it confirmed and leaves it: `unchanged`).
 * `person` gets { expect } for the final check.
 */
export async function decisionPair(baseUrl, [a, b], person, tenantId, tag, kind) {
  const confirm = (who) => gql(baseUrl, CONFIRM, { tenantId, ids: [person.id] }, who.cookie);
  const reject = (who) => gql(baseUrl, REJECT, { id: person.id, comment: `${tag}-B` }, who.cookie);
  const [ra, rb] = await Promise.all([confirm(a), kind === 'confirm-confirm' ? confirm(b) : reject(b)]);
  const sides = [outcome(ra), outcome(rb)];
  const problems = sides.filter((s) => !s.ok).map((s) => `a decision failed: ${s.code} ${s.message}`);
  if (problems.length) return problems;
  if (kind === 'confirm-confirm') {
    const confirmed = [ra, rb].map((r) => r.data.confirmPersons.confirmed);
    if (confirmed[0] + confirmed[1] !== 1)
      problems.push(
        `both coordinators confirmed (confirmed ${confirmed.join(' + ')}); expected one, the other unchanged`,
      );
    person.expect = { status: 'CONFIRMED', decisions: 1 };
  } else {
    person.expect = { status: 'LAST', decisions: 2 };
  }
  return problems;
}

/** Exactly one side succeeded and the other failed with `code`. */
function judge(sides, code) {
  const ok = sides.filter((s) => s.ok).length;
  if (ok === 2) return ['both sides succeeded (a lost update)'];
  if (ok === 0) return [`neither side succeeded: ${sides.map((s) => `${s.code} ${s.message}`).join(' | ')}`];
  const loser = sides.find((s) => !s.ok);
  return loser.code === code ? [] : [`the loser got ${loser.code} (${loser.message}), expected ${code}`];
}

import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { classifySendError } from './classify-error';
import { tickOp, transitionOp, untickOp } from './make-op';
import {
  PersistentList,
  queueKey,
  rejectedKey,
  type KeyValueStorage,
  type QueuedOp,
  type RejectedOp,
} from './op-queue';
import { QueueSender, type SendOutcome } from './queue-sender';

class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

/** A clock the test advances by hand; records the delays the sender asked for. */
class FakeClock {
  readonly delays: number[] = [];
  private timers: { run: () => void; cancelled: boolean }[] = [];
  schedule = (run: () => void, ms: number) => {
    const timer = { run, cancelled: false };
    this.delays.push(ms);
    this.timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  };
  async fireAll(): Promise<void> {
    const due = this.timers.filter((t) => !t.cancelled);
    this.timers = [];
    due.forEach((t) => t.run());
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const target = { workstationId: 'ws-1', label: 'AP-001: Thin Client aufgestellt' };

function setup(storage = new MemoryStorage()) {
  const queue = new PersistentList<QueuedOp>(storage, queueKey('acc-1'));
  const rejected = new PersistentList<RejectedOp>(storage, rejectedKey('acc-1'));
  return { storage, queue, rejected };
}

function graphQLError(code: string, message: string) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] });
}

describe('PersistentList (the device queue)', () => {
  it('writes every op through to storage, in order, and a new instance reads the same queue', () => {
    const { storage, queue } = setup();
    const ops = [tickOp(target, 's1', null), tickOp(target, 's2', 'N-42'), untickOp(target, 's1')];
    ops.forEach((op) => queue.append(op));
    const again = new PersistentList<QueuedOp>(storage, queueKey('acc-1'));
    expect(again.list().map((op) => op.opId)).toEqual(ops.map((op) => op.opId));
    expect(again.list()[1]).toMatchObject({ kind: 'TICK', variables: { input: { stepId: 's2', evidence: 'N-42' } } });
  });

  it('keeps queues of different accounts apart and ignores a second append of the same op id', () => {
    const { storage, queue } = setup();
    const op = tickOp(target, 's1', null);
    queue.append(op);
    queue.append(op);
    expect(queue.size).toBe(1);
    expect(new PersistentList<QueuedOp>(storage, queueKey('acc-2')).size).toBe(0);
  });

  it('removes the storage key once the queue is empty and survives garbage in storage', () => {
    const { storage, queue } = setup();
    const op = tickOp(target, 's1', null);
    queue.append(op);
    queue.remove(op.opId);
    expect(storage.data.has(queueKey('acc-1'))).toBe(false);
    storage.setItem(queueKey('acc-1'), '{not json');
    expect(new PersistentList<QueuedOp>(storage, queueKey('acc-1')).list()).toEqual([]);
  });
});

describe('QueueSender', () => {
  function sender(
    queue: PersistentList<QueuedOp>,
    rejected: PersistentList<RejectedOp>,
    answers: (op: QueuedOp, attempt: number) => SendOutcome,
    online = () => true,
  ) {
    const clock = new FakeClock();
    const sent: string[] = [];
    const instance = new QueueSender({
      queue,
      rejected,
      isOnline: online,
      schedule: clock.schedule,
      send: (op) => {
        sent.push(op.opId);
        return Promise.resolve(answers(op, sent.filter((id) => id === op.opId).length));
      },
    });
    return { instance, clock, sent };
  }

  it('sends strictly in queue order, one at a time, and empties the queue', async () => {
    const { queue, rejected } = setup();
    const ops = [
      tickOp(target, 's1', null),
      tickOp(target, 's2', null),
      transitionOp(target, 'PLANNED', 'PREPARED', null),
    ];
    ops.forEach((op) => queue.append(op));
    let inFlight = 0;
    let maxInFlight = 0;
    const sent: string[] = [];
    const instance = new QueueSender({
      queue,
      rejected,
      isOnline: () => true,
      schedule: new FakeClock().schedule,
      send: async (op) => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        sent.push(op.opId);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight -= 1;
        return { kind: 'applied' };
      },
    });
    await Promise.all([instance.drain(), instance.drain()]);
    expect(sent).toEqual(ops.map((op) => op.opId));
    expect(maxInFlight).toBe(1);
    expect(queue.size).toBe(0);
  });

  it('sends nothing while offline', async () => {
    const { queue, rejected } = setup();
    queue.append(tickOp(target, 's1', null));
    const { instance, sent } = sender(
      queue,
      rejected,
      () => ({ kind: 'applied' }),
      () => false,
    );
    await instance.drain();
    expect(sent).toEqual([]);
    expect(queue.size).toBe(1);
  });

  it('keeps an op on a network error, retries it with the same op id and growing delays, later ops wait', async () => {
    const { queue, rejected } = setup();
    const first = tickOp(target, 's1', null);
    const second = tickOp(target, 's2', null);
    queue.append(first);
    queue.append(second);
    const { instance, clock, sent } = sender(queue, rejected, (op, attempt) =>
      op.opId === first.opId && attempt <= 3 ? { kind: 'retry', reason: 'Failed to fetch' } : { kind: 'applied' },
    );
    await instance.drain();
    expect(queue.list().map((op) => op.opId)).toEqual([first.opId, second.opId]);
    await clock.fireAll();
    await clock.fireAll();
    await clock.fireAll();
    expect(clock.delays).toEqual([1000, 2000, 4000]);
    expect(sent).toEqual([first.opId, first.opId, first.opId, first.opId, second.opId]);
    expect(queue.size).toBe(0);
    expect(instance.delayAfter(20)).toBe(30_000);
  });

  it('moves a refused op to the conflict list with the server message and goes on with the next', async () => {
    const { storage, queue, rejected } = setup();
    const refused = transitionOp(target, 'PREPARED', 'MIGRATED', null);
    const next = tickOp(target, 's2', null);
    queue.append(refused);
    queue.append(next);
    const { instance } = sender(queue, rejected, (op) =>
      op.opId === refused.opId
        ? { kind: 'rejected', code: 'CONFLICT', message: 'Der Arbeitsplatz wurde inzwischen zurückgestellt.' }
        : { kind: 'applied' },
    );
    await instance.drain();
    expect(queue.size).toBe(0);
    expect(rejected.list()).toEqual([
      expect.objectContaining({
        opId: refused.opId,
        kind: 'TRANSITION',
        code: 'CONFLICT',
        label: target.label,
        message: 'Der Arbeitsplatz wurde inzwischen zurückgestellt.',
      }),
    ]);
    // The conflict list is persistent too: it survives a reload until dismissed.
    const reloaded = new PersistentList<RejectedOp>(storage, rejectedKey('acc-1'));
    expect(reloaded.size).toBe(1);
    reloaded.remove(refused.opId);
    expect(new PersistentList<RejectedOp>(storage, rejectedKey('acc-1')).size).toBe(0);
  });

  it('treats a thrown send as a retry and stops scheduling after stop()', async () => {
    const { queue, rejected } = setup();
    queue.append(tickOp(target, 's1', null));
    const clock = new FakeClock();
    const instance = new QueueSender({
      queue,
      rejected,
      isOnline: () => true,
      schedule: clock.schedule,
      send: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await instance.drain();
    expect(instance.retryPending).toBe(true);
    instance.stop();
    expect(instance.retryPending).toBe(false);
    expect(queue.size).toBe(1);
  });
});

describe('classifySendError', () => {
  it('retries what got no GraphQL answer: fetch failures, 5xx, 429, a session to renew, the database away', () => {
    expect(classifySendError(new TypeError('Failed to fetch')).kind).toBe('retry');
    const response = (status: number) => new Response('', { status });
    expect(classifySendError(new ServerError('Bad Gateway', { response: response(502), bodyText: '' })).kind).toBe(
      'retry',
    );
    expect(classifySendError(new ServerError('Too many', { response: response(429), bodyText: '' })).kind).toBe(
      'retry',
    );
    expect(classifySendError(graphQLError('UNAUTHENTICATED', 'Bitte anmelden')).kind).toBe('retry');
    expect(classifySendError(graphQLError('SERVICE_UNAVAILABLE', 'The database cannot be reached')).kind).toBe('retry');
  });

  it('keeps the known details of a conflict for the UI, and nothing else', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Workstation AP-1 was rolled back meanwhile',
          extensions: {
            code: 'CONFLICT',
            reason: 'ROLLED_BACK',
            currentStatus: 'ROLLED_BACK',
            statusByName: 'Paula',
            statusReason: 'Dose defekt',
            workstationId: 'ws-1',
          },
        },
      ],
    });
    expect(classifySendError(error)).toEqual({
      kind: 'rejected',
      code: 'CONFLICT',
      message: 'Workstation AP-1 was rolled back meanwhile',
      details: {
        reason: 'ROLLED_BACK',
        refusal: undefined,
        currentStatus: 'ROLLED_BACK',
        statusByName: 'Paula',
        statusReason: 'Dose defekt',
        missingSteps: undefined,
      },
    });
  });

  it('refuses for good what the server answered: CONFLICT, BAD_USER_INPUT, FORBIDDEN, with its message', () => {
    expect(classifySendError(graphQLError('CONFLICT', 'Status ist nicht mehr Vorbereitet'))).toMatchObject({
      kind: 'rejected',
      code: 'CONFLICT',
      message: 'Status ist nicht mehr Vorbereitet',
    });
    expect(classifySendError(graphQLError('BAD_USER_INPUT', 'Nachweis-Nr. fehlt'))).toMatchObject({
      kind: 'rejected',
      code: 'BAD_USER_INPUT',
    });
    expect(classifySendError(graphQLError('FORBIDDEN', 'Keine Berechtigung'))).toMatchObject({
      kind: 'rejected',
      code: 'FORBIDDEN',
    });
  });
});

import { describe, expect, it } from '@jest/globals';
import type { RejectedOp } from './op-queue';
import { rejectionText } from './rejection-text';

// Keys with their options, so the test sees what the component would translate.
const t = (key: string, options?: object): string => `${key}${JSON.stringify(options ?? {})}`;

const entry = (over: Partial<RejectedOp>): RejectedOp => ({
  opId: 'op-1',
  kind: 'TICK',
  label: 'Thin Client aufgestellt',
  workstationId: 'ws-1',
  code: 'CONFLICT',
  message: 'Workstation AP-1 was rolled back meanwhile by Paula: Dose defekt.',
  at: '2026-12-01T18:00:00.000Z',
  ...over,
});

describe('rejectionText', () => {
  it('words a rollback with who and why', () => {
    const text = rejectionText(
      entry({
        details: {
          reason: 'ROLLED_BACK',
          currentStatus: 'ROLLED_BACK',
          statusByName: 'Paula',
          statusReason: 'Dose defekt',
        },
      }),
      t,
      'de',
    );
    expect(text).toBe('technician.conflicts.rolledBackBecause{"by":"Paula","reason":"Dose defekt"}');
  });

  it('words a status changed meanwhile with the status label of the UI language', () => {
    const details = { reason: 'STATUS_CHANGED', currentStatus: 'ACCEPTED', statusByName: 'Kai' };
    expect(rejectionText(entry({ details }), t, 'de')).toBe(
      'technician.conflicts.statusChanged{"by":"Kai","status":"Abgenommen"}',
    );
    expect(rejectionText(entry({ details }), t, 'en')).toBe(
      'technician.conflicts.statusChanged{"by":"Kai","status":"Accepted"}',
    );
  });

  it('names the missing steps of a refused "umgestellt"', () => {
    const text = rejectionText(
      entry({ code: 'BAD_USER_INPUT', details: { refusal: 'STEPS_MISSING', missingSteps: ['Altgerät abgebaut'] } }),
      t,
      'de',
    );
    expect(text).toBe(
      'Es sind noch nicht alle Pflichtschritte erledigt. technician.conflicts.missing{"steps":"Altgerät abgebaut"}',
    );
  });

  it("falls back to the server's message for anything it does not know", () => {
    expect(rejectionText(entry({ code: 'NOT_FOUND', message: 'ChecklistStep x was not found.' }), t, 'de')).toBe(
      'ChecklistStep x was not found.',
    );
    expect(rejectionText(entry({ details: { currentStatus: 'SOMETHING_NEW' } }), t, 'de')).toBe(
      'Workstation AP-1 was rolled back meanwhile by Paula: Dose defekt.',
    );
  });
});

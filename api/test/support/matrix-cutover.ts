import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app';

/** What the access matrix knows about one side (A or B). */
export interface MatrixSide {
  tenantId: string;
  /** Text that must not leak to roles that do not see the side. */
  sentinel: string;
  /** A fresh workstation at the side's location (whose wave is planned). */
  freshWorkstationId: () => Promise<string>;
  /** The first checklist step of the side's workstation. */
  firstStepId: string;
}

let n = 0;
const templateInput = (side: MatrixSide) => ({
  name: `${side.sentinel} Vorlage ${++n}`,
  steps: [{ label: 'Gerät aufgestellt', required: true }],
});

export async function freshTemplate(api: TestApp, side: MatrixSide): Promise<string> {
  const data = await api.gql<{ createChecklistTemplate: { id: string } }>(
    `mutation($input: CreateChecklistTemplateInput!) { createChecklistTemplate(input: $input) { id } }`,
    { input: { tenantId: side.tenantId, ...templateInput(side) } },
  );
  return data.createChecklistTemplate.id;
}

/** Plans the location's wave and returns the first checklist step of the workstation there. */
export async function planMatrixWave(
  api: TestApp,
  location: { id: string; version: number },
  workstationId: string,
): Promise<string> {
  await api.gql(`mutation($input: UpdateLocationWaveInput!) { updateLocationWave(input: $input) { id } }`, {
    input: { locationId: location.id, version: location.version, cutoverDate: '2026-06-01' },
  });
  const { workstation } = await api.gql<{ workstation: { checklist: { id: string }[] } }>(
    `query($id: ID!) { workstation(id: $id) { checklist { id } } }`,
    { id: workstationId },
  );
  return workstation.checklist[0].id;
}

/**
 * Inputs of the cutover night's mutations: ticks on the side's checklist, a rollback (which
 * every role with cutover.transition may do) of a fresh workstation, template edits.
 */
export async function cutoverInput(
  api: TestApp,
  input: string,
  side: MatrixSide,
): Promise<Record<string, unknown> | null> {
  switch (input) {
    case 'CreateChecklistTemplateInput':
      return { tenantId: side.tenantId, ...templateInput(side) };
    case 'UpdateChecklistTemplateInput':
      return { id: await freshTemplate(api, side), version: 1, ...templateInput(side) };
    case 'TickChecklistStepInput':
    case 'UntickChecklistStepInput':
      return { opId: randomUUID(), stepId: side.firstStepId };
    case 'TransitionWorkstationInput':
      return {
        opId: randomUUID(),
        workstationId: await side.freshWorkstationId(),
        from: 'PLANNED',
        to: 'ROLLED_BACK',
        reason: 'Raum gesperrt',
      };
    default:
      return null;
  }
}

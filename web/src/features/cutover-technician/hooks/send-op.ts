import type { ApolloClient } from '@apollo/client';
import {
  TickChecklistStepDocument,
  TransitionWorkstationDocument,
  UntickChecklistStepDocument,
} from '../../../generated/graphql';
import { classifySendError } from '../lib/classify-error';
import type { QueuedOp } from '../lib/op-queue';
import type { SendOutcome } from '../lib/queue-sender';

/** One attempt to deliver an op; the answer (a Workstation) lands in Apollo's cache. */
export async function sendOp(client: ApolloClient, op: QueuedOp): Promise<SendOutcome> {
  try {
    switch (op.kind) {
      case 'TICK':
        await client.mutate({ mutation: TickChecklistStepDocument, variables: op.variables });
        break;
      case 'UNTICK':
        await client.mutate({ mutation: UntickChecklistStepDocument, variables: op.variables });
        break;
      case 'TRANSITION':
        await client.mutate({ mutation: TransitionWorkstationDocument, variables: op.variables });
        break;
    }
    return { kind: 'applied' };
  } catch (error) {
    return classifySendError(error);
  }
}

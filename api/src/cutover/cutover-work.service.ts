import { Injectable } from '@nestjs/common';
import type { Workstation } from '../workstations/workstation.entity';
import type {
  TechnicianWorkstationsArgs,
  TickChecklistStepInput,
  TransitionWorkstationInput,
  UntickChecklistStepInput,
} from './dto/cutover.inputs';

const pending = (): never => {
  throw new Error('pending (issue 6 cutover API)');
};

@Injectable()
export class CutoverWorkService {
  workstationsOfDay(args: TechnicianWorkstationsArgs): Promise<Workstation[]> {
    return pending() ?? Promise.resolve(args as never);
  }
  tick(input: TickChecklistStepInput): Promise<Workstation> {
    return pending() ?? Promise.resolve(input as never);
  }
  untick(input: UntickChecklistStepInput): Promise<Workstation> {
    return pending() ?? Promise.resolve(input as never);
  }
  transition(input: TransitionWorkstationInput): Promise<Workstation> {
    return pending() ?? Promise.resolve(input as never);
  }
}

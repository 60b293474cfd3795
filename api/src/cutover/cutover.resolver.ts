import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { Workstation } from '../workstations/workstation.entity';
import { ChecklistStepsLoader } from './checklist-steps.loader';
import { CutoverWorkService } from './cutover-work.service';
import { ChecklistStep } from './cutover.models';
import {
  TechnicianWorkstationsArgs,
  TickChecklistStepInput,
  TransitionWorkstationInput,
  UntickChecklistStepInput,
} from './dto/cutover.inputs';

/** The technicians' work on the cutover night: ticks and status changes, idempotent by op id. */
@Resolver(() => Workstation)
@Policy('plan.read')
export class CutoverResolver {
  constructor(
    private readonly work: CutoverWorkService,
    private readonly steps: ChecklistStepsLoader,
  ) {}

  @Query(() => [Workstation], {
    description: "Workstations of the day's cutover at the Standorte the account may see, by Standort, room, name.",
  })
  @Policy('plan.read')
  technicianWorkstations(@Args() args: TechnicianWorkstationsArgs): Promise<Workstation[]> {
    return this.work.workstationsOfDay(args);
  }

  @Mutation(() => Workstation, { description: 'Ticks a checklist step (idempotent: ticking a ticked step is fine).' })
  @Policy('cutover.tick')
  tickChecklistStep(@Args('input') input: TickChecklistStepInput): Promise<Workstation> {
    return this.work.tick(input);
  }

  @Mutation(() => Workstation, { description: 'Removes the tick of a step (idempotent).' })
  @Policy('cutover.tick')
  untickChecklistStep(@Args('input') input: UntickChecklistStepInput): Promise<Workstation> {
    return this.work.untick(input);
  }

  @Mutation(() => Workstation, {
    description: 'Moves a workstation along its lifecycle; refused as CONFLICT when its status is no longer `from`.',
  })
  @Policy('cutover.transition')
  transitionWorkstation(@Args('input') input: TransitionWorkstationInput): Promise<Workstation> {
    return this.work.transition(input);
  }

  // The parent as a plain parameter (no @Parent()): graphql calls the method without Nest's pipe chain.
  @ResolveField(() => [ChecklistStep], {
    description: 'Its cutover checklist, in order (empty until a wave is planned).',
  })
  checklist(workstation: Workstation): Promise<ChecklistStep[]> {
    return this.steps.of(workstation.id);
  }
}

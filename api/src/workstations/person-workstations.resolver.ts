import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { assignMapping, unassignMapping, type MappingSpec } from '../common/relations';
import { Person } from '../persons/person.entity';
import { AssignWorkstationPersonArgs } from './dto/assign-workstation-person.args';
import { Workstation } from './workstation.entity';
import { WorkstationsLoader } from './workstations.loader';
import { WorkstationsService } from './workstations.service';

const SPEC: MappingSpec = {
  table: 'workstation_person',
  left: 'workstation',
  right: 'person',
  type: 'workstation assignment',
};

// Field resolvers take the parent as their plain first parameter (no @Parent()): Nest then gives
// graphql the method itself instead of its per-call pipe chain, which re-validated every parent row.
@Resolver(() => Person)
@Policy('inventory.read')
export class PersonWorkstationsResolver {
  constructor(
    private readonly service: WorkstationsService,
    private readonly loader: WorkstationsLoader,
  ) {}

  @ResolveField(() => [Workstation])
  workstations(person: Person): Promise<Workstation[]> {
    return this.loader.ofPerson(person.id);
  }

  @Mutation(() => Workstation, { description: 'Assigns a person to a workstation (shared workstations have several).' })
  @Policy('inventory.write')
  async assignWorkstationPerson(
    @Args() { workstationId, personId }: AssignWorkstationPersonArgs,
  ): Promise<Workstation> {
    await assignMapping(SPEC, workstationId, personId);
    return this.service.get(workstationId);
  }

  @Mutation(() => Workstation)
  @Policy('inventory.write')
  async unassignWorkstationPerson(
    @Args() { workstationId, personId }: AssignWorkstationPersonArgs,
  ): Promise<Workstation> {
    await unassignMapping(SPEC, workstationId, personId);
    return this.service.get(workstationId);
  }
}

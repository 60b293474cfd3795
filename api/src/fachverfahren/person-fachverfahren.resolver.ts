import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { assignMapping, unassignMapping, type MappingSpec } from '../common/relations';
import { Person } from '../persons/person.entity';
import { PersonsService } from '../persons/persons.service';
import { AssignFachverfahrenArgs } from './dto/assign-fachverfahren.args';
import { Fachverfahren } from './fachverfahren.entity';
import { FachverfahrenLoader } from './fachverfahren.loader';

const SPEC: MappingSpec = {
  table: 'person_fachverfahren',
  left: 'person',
  right: 'fachverfahren',
  type: 'Fachverfahren mapping',
};

@Resolver(() => Person)
@Policy('inventory.read')
export class PersonFachverfahrenResolver {
  constructor(
    private readonly persons: PersonsService,
    private readonly loader: FachverfahrenLoader,
  ) {}

  // The parent as a plain parameter (no @Parent()): graphql calls the method without Nest's pipe chain.
  @ResolveField(() => [Fachverfahren])
  fachverfahren(person: Person): Promise<Fachverfahren[]> {
    return this.loader.ofPerson(person.id);
  }

  @Mutation(() => Person)
  @Policy('inventory.write')
  async assignFachverfahren(@Args() { personId, fachverfahrenId }: AssignFachverfahrenArgs): Promise<Person> {
    await assignMapping(SPEC, personId, fachverfahrenId);
    return this.persons.get(personId);
  }

  @Mutation(() => Person)
  @Policy('inventory.write')
  async unassignFachverfahren(@Args() { personId, fachverfahrenId }: AssignFachverfahrenArgs): Promise<Person> {
    await unassignMapping(SPEC, personId, fachverfahrenId);
    return this.persons.get(personId);
  }
}

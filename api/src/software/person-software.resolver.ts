import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { assignMapping, unassignMapping, type MappingSpec } from '../common/relations';
import { Person } from '../persons/person.entity';
import { PersonsService } from '../persons/persons.service';
import { AssignSoftwareArgs } from './dto/assign-software.args';
import { Software } from './software.entity';
import { SoftwareLoader } from './software.loader';

const SPEC: MappingSpec = { table: 'person_software', left: 'person', right: 'software', type: 'Software mapping' };

@Resolver(() => Person)
@Policy('inventory.read')
export class PersonSoftwareResolver {
  constructor(
    private readonly persons: PersonsService,
    private readonly loader: SoftwareLoader,
  ) {}

  // The parent as a plain parameter (no @Parent()): graphql calls the method without Nest's pipe chain.
  @ResolveField(() => [Software])
  software(person: Person): Promise<Software[]> {
    return this.loader.ofPerson(person.id);
  }

  @Mutation(() => Person)
  @Policy('inventory.write')
  async assignSoftware(@Args() { personId, softwareId }: AssignSoftwareArgs): Promise<Person> {
    await assignMapping(SPEC, personId, softwareId);
    return this.persons.get(personId);
  }

  @Mutation(() => Person)
  @Policy('inventory.write')
  async unassignSoftware(@Args() { personId, softwareId }: AssignSoftwareArgs): Promise<Person> {
    await unassignMapping(SPEC, personId, softwareId);
    return this.persons.get(personId);
  }
}

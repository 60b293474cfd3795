import { Args, ID, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { DeleteArgs, IdArgs } from '../common/delete.args';
import { Paginated } from '../common/page';
import { Location } from '../locations/location.entity';
import { LocationsService } from '../locations/locations.service';
import { CreatePersonInput, PersonListArgs, UpdatePersonInput } from './dto/person.inputs';
import { Person } from './person.entity';
import { PersonsService } from './persons.service';

@ObjectType()
export class PersonPage extends Paginated(Person) {}

// Field resolvers take the parent as their plain first parameter (no @Parent()): Nest then gives
// graphql the method itself instead of its per-call pipe chain, which re-validated every parent row.
@Resolver(() => Person)
@Policy('inventory.read')
export class PersonsResolver {
  constructor(
    private readonly service: PersonsService,
    private readonly locations: LocationsService,
  ) {}

  @Query(() => Person)
  @Policy('inventory.read')
  person(@Args() { id }: IdArgs): Promise<Person> {
    return this.service.get(id);
  }

  @Query(() => PersonPage)
  @Policy('inventory.read')
  persons(@Args() args: PersonListArgs): Promise<PersonPage> {
    return this.service.list(args, args.sortBy);
  }

  @Mutation(() => Person)
  @Policy('inventory.write')
  createPerson(@Args('input') input: CreatePersonInput): Promise<Person> {
    return this.service.create(input);
  }

  @Mutation(() => Person)
  @Policy('inventory.write')
  updatePerson(@Args('input') { id, version, ...changes }: UpdatePersonInput): Promise<Person> {
    return this.service.update(id, version, changes);
  }

  @Mutation(() => ID, { description: 'Deletes the person and their mappings; returns the id.' })
  @Policy('inventory.write')
  deletePerson(@Args() { id, version }: DeleteArgs): Promise<string> {
    return this.service.remove(id, version);
  }

  @ResolveField(() => Location, { nullable: true })
  location(person: Person): Promise<Location | null> {
    return person.locationId ? this.locations.find(person.locationId) : Promise.resolve(null);
  }
}

import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { assignMapping, unassignMapping, type MappingSpec } from '../common/relations';
import { Person } from '../persons/person.entity';
import { PersonsService } from '../persons/persons.service';
import { AssignFileShareArgs, UnassignFileShareArgs } from './dto/assign-file-share.args';
import { FileShare } from './file-share.entity';
import { FileSharesLoader } from './file-shares.loader';
import { FileSharesService } from './file-shares.service';
import { PersonFileShare } from './person-file-share.entity';

const SPEC: MappingSpec = { table: 'person_file_share', left: 'person', right: 'file_share', type: 'share access' };

@Resolver(() => Person)
@Policy('inventory.read')
export class PersonFileSharesResolver {
  constructor(
    private readonly persons: PersonsService,
    private readonly loader: FileSharesLoader,
  ) {}

  // The parent as a plain parameter (no @Parent()): graphql calls the method without Nest's pipe chain.
  @ResolveField(() => [PersonFileShare])
  fileShares(person: Person): Promise<PersonFileShare[]> {
    return this.loader.ofPerson(person.id);
  }

  @Mutation(() => Person)
  @Policy('inventory.write')
  async assignFileShare(@Args() { personId, fileShareId, access, driveLetter }: AssignFileShareArgs): Promise<Person> {
    await assignMapping(SPEC, personId, fileShareId, { access, drive_letter: driveLetter ?? null });
    return this.persons.get(personId);
  }

  @Mutation(() => Person)
  @Policy('inventory.write')
  async unassignFileShare(@Args() { personId, fileShareId }: UnassignFileShareArgs): Promise<Person> {
    await unassignMapping(SPEC, personId, fileShareId);
    return this.persons.get(personId);
  }
}

@Resolver(() => PersonFileShare)
@Policy('inventory.read')
export class PersonFileShareResolver {
  constructor(private readonly shares: FileSharesService) {}

  @ResolveField(() => FileShare)
  fileShare(access: PersonFileShare): Promise<FileShare> {
    return this.shares.get(access.fileShareId);
  }
}

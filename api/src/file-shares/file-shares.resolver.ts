import { Args, ID, Mutation, ObjectType, ResolveField, Query, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { DeleteArgs, IdArgs } from '../common/delete.args';
import { Paginated } from '../common/page';
import { Location } from '../locations/location.entity';
import { LocationsService } from '../locations/locations.service';
import { CreateFileShareInput, FileShareListArgs, UpdateFileShareInput } from './dto/file-share.inputs';
import { FileShare } from './file-share.entity';
import { FileSharesService } from './file-shares.service';

@ObjectType()
export class FileSharePage extends Paginated(FileShare) {}

@Resolver(() => FileShare)
@Policy('inventory.read')
export class FileSharesResolver {
  constructor(
    private readonly service: FileSharesService,
    private readonly locations: LocationsService,
  ) {}

  @Query(() => FileShare)
  @Policy('inventory.read')
  fileShare(@Args() { id }: IdArgs): Promise<FileShare> {
    return this.service.get(id);
  }

  @Query(() => FileSharePage)
  @Policy('inventory.read')
  fileShares(@Args() args: FileShareListArgs): Promise<FileSharePage> {
    return this.service.list(args, args.sortBy);
  }

  @Mutation(() => FileShare)
  @Policy('inventory.write')
  createFileShare(@Args('input') input: CreateFileShareInput): Promise<FileShare> {
    return this.service.create(input);
  }

  @Mutation(() => FileShare)
  @Policy('inventory.write')
  updateFileShare(@Args('input') { id, version, ...changes }: UpdateFileShareInput): Promise<FileShare> {
    return this.service.update(id, version, changes);
  }

  @Mutation(() => ID, { description: 'Deletes it with its mappings; returns the id.' })
  @Policy('inventory.write')
  deleteFileShare(@Args() { id, version }: DeleteArgs): Promise<string> {
    return this.service.remove(id, version);
  }

  // The parent as a plain parameter (no @Parent()): graphql calls the method without Nest's pipe chain.
  @ResolveField(() => Location, { nullable: true })
  location(fileShare: FileShare): Promise<Location | null> {
    return fileShare.locationId ? this.locations.find(fileShare.locationId) : Promise.resolve(null);
  }
}

import { Args, ID, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { DeleteArgs } from '../common/delete.args';
import { Paginated } from '../common/page';
import { Location } from '../locations/location.entity';
import { LocationsService } from '../locations/locations.service';
import { Blocker } from './blocker.entity';
import { BlockersLoader } from './blockers.loader';
import { BlockersService } from './blockers.service';
import { BlockerListArgs, CreateBlockerInput, UpdateBlockerInput } from './dto/blocker.inputs';

@ObjectType()
export class BlockerPage extends Paginated(Blocker) {}

@Resolver(() => Blocker)
@Policy('plan.read')
export class BlockersResolver {
  constructor(
    private readonly service: BlockersService,
    private readonly locations: LocationsService,
    private readonly loader: BlockersLoader,
  ) {}

  @Query(() => BlockerPage, { description: 'Blockers of a Verwaltung: open ones first, newest first.' })
  @Policy('plan.read')
  blockers(@Args() args: BlockerListArgs): Promise<BlockerPage> {
    return this.service.listBlockers(args);
  }

  @Mutation(() => Blocker)
  @Policy('blockers.write')
  createBlocker(@Args('input') input: CreateBlockerInput): Promise<Blocker> {
    return this.service.open(input);
  }

  @Mutation(() => Blocker)
  @Policy('blockers.write')
  updateBlocker(@Args('input') { id, version, ...changes }: UpdateBlockerInput): Promise<Blocker> {
    return this.service.change(id, version, changes);
  }

  @Mutation(() => Blocker)
  @Policy('blockers.write')
  closeBlocker(@Args() { id, version }: DeleteArgs): Promise<Blocker> {
    return this.service.setOpen(id, version, false);
  }

  @Mutation(() => Blocker)
  @Policy('blockers.write')
  reopenBlocker(@Args() { id, version }: DeleteArgs): Promise<Blocker> {
    return this.service.setOpen(id, version, true);
  }

  @Mutation(() => ID, { description: 'Deletes it; returns the id.' })
  @Policy('blockers.write')
  deleteBlocker(@Args() { id, version }: DeleteArgs): Promise<string> {
    return this.service.delete(id, version);
  }

  // The parent as a plain parameter (no @Parent()): graphql calls the method without Nest's pipe chain.
  @ResolveField(() => Location, { nullable: true })
  location(blocker: Blocker): Promise<Location | null> {
    return blocker.locationId ? this.locations.find(blocker.locationId) : Promise.resolve(null);
  }

  @ResolveField(() => String, { nullable: true, description: 'Name of the linked object.' })
  objectLabel(blocker: Blocker): Promise<string | null> {
    return this.loader.objectLabel(blocker);
  }
}

@Resolver(() => Location)
@Policy('plan.read')
export class LocationBlockersResolver {
  constructor(private readonly loader: BlockersLoader) {}

  @ResolveField(() => [Blocker], { description: 'Open blockers at this Standort.' })
  openBlockers(location: Location): Promise<Blocker[]> {
    return this.loader.openAt(location.id);
  }
}

import { Args, ID, Info, Mutation, ObjectType, ResolveField, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Policy } from '../auth/policy.decorator';
import { DeleteArgs, IdArgs } from '../common/delete.args';
import { Paginated } from '../common/page';
import { preloaded } from '../common/preloaded';
import { selectedFields } from '../common/selection';
import { Location } from '../locations/location.entity';
import { LocationsService } from '../locations/locations.service';
import { CreateWorkstationInput, WorkstationListArgs, UpdateWorkstationInput } from './dto/workstation.inputs';
import { Workstation } from './workstation.entity';
import { WorkstationsService } from './workstations.service';

@ObjectType()
export class WorkstationPage extends Paginated(Workstation) {}

// Field resolvers take the parent as their plain first parameter (no @Parent()): Nest then gives
// graphql the method itself instead of its per-call pipe chain, which re-validated every parent row.
@Resolver(() => Workstation)
@Policy('inventory.read')
export class WorkstationsResolver {
  constructor(
    private readonly service: WorkstationsService,
    private readonly locations: LocationsService,
  ) {}

  @Query(() => Workstation)
  @Policy('inventory.read')
  workstation(@Args() { id }: IdArgs): Promise<Workstation> {
    return this.service.get(id);
  }

  @Query(() => WorkstationPage)
  @Policy('inventory.read')
  workstations(@Args() args: WorkstationListArgs, @Info() info: GraphQLResolveInfo): Promise<WorkstationPage> {
    return this.service.list(args, args.sortBy, {
      total: selectedFields(info).has('totalCount'),
      relations: selectedFields(info, 'items'),
      relationFields: (relation) => selectedFields(info, 'items', relation),
    });
  }

  @Mutation(() => Workstation)
  @Policy('inventory.write')
  createWorkstation(@Args('input') input: CreateWorkstationInput): Promise<Workstation> {
    return this.service.create(input);
  }

  @Mutation(() => Workstation)
  @Policy('inventory.write')
  updateWorkstation(@Args('input') { id, version, ...changes }: UpdateWorkstationInput): Promise<Workstation> {
    return this.service.update(id, version, changes);
  }

  @Mutation(() => ID, { description: 'Deletes it with its mappings; returns the id.' })
  @Policy('inventory.write')
  deleteWorkstation(@Args() { id, version }: DeleteArgs): Promise<string> {
    return this.service.remove(id, version);
  }

  @ResolveField(() => Location)
  location(workstation: Workstation): Location | Promise<Location> {
    return preloaded<Location>(workstation, 'location') ?? this.locations.get(workstation.locationId);
  }
}

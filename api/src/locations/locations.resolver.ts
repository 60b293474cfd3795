import { Args, ID, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { DeleteArgs, IdArgs } from '../common/delete.args';
import { Paginated } from '../common/page';
import { Tenant } from '../tenants/tenant.entity';
import { TenantsService } from '../tenants/tenants.service';
import { CreateLocationInput, LocationListArgs, UpdateLocationInput } from './dto/location.inputs';
import { InventoryCounts, Location } from './location.entity';
import { LocationsLoader } from './locations.loader';
import { LocationsService } from './locations.service';

@ObjectType()
export class LocationPage extends Paginated(Location) {}

// Field resolvers take the parent as their plain first parameter (no @Parent()): Nest then gives
// graphql the method itself instead of its per-call pipe chain, which re-validated every parent row.
@Resolver(() => Location)
@Policy('inventory.read')
export class LocationsResolver {
  constructor(
    private readonly service: LocationsService,
    private readonly tenants: TenantsService,
    private readonly loader: LocationsLoader,
  ) {}

  @Query(() => Location)
  @Policy('inventory.read')
  location(@Args() { id }: IdArgs): Promise<Location> {
    return this.service.get(id);
  }

  @Query(() => LocationPage)
  @Policy('inventory.read')
  locations(@Args() args: LocationListArgs): Promise<LocationPage> {
    return this.service.list(args, args.sortBy);
  }

  @Mutation(() => Location)
  @Policy('inventory.write')
  createLocation(@Args('input') input: CreateLocationInput): Promise<Location> {
    return this.service.create(input);
  }

  @Mutation(() => Location)
  @Policy('inventory.write')
  updateLocation(@Args('input') { id, version, ...changes }: UpdateLocationInput): Promise<Location> {
    return this.service.update(id, version, changes);
  }

  @Mutation(() => ID, { description: 'Deletes an empty Standort; one that still has inventory is refused.' })
  @Policy('inventory.write')
  deleteLocation(@Args() { id, version }: DeleteArgs): Promise<string> {
    return this.service.remove(id, version);
  }

  @ResolveField(() => Tenant)
  tenant(location: Location): Promise<Tenant> {
    return this.tenants.get(location.tenantId);
  }

  @ResolveField(() => InventoryCounts)
  counts(location: Location): Promise<InventoryCounts> {
    return this.loader.countsOfLocation(location.id);
  }
}

@Resolver(() => Tenant)
@Policy('tenants.read')
export class TenantLocationsResolver {
  constructor(private readonly loader: LocationsLoader) {}

  @ResolveField(() => [Location])
  locations(tenant: Tenant): Promise<Location[]> {
    return this.loader.ofTenant(tenant.id);
  }

  @ResolveField(() => InventoryCounts)
  counts(tenant: Tenant): Promise<InventoryCounts> {
    return this.loader.countsOfTenant(tenant.id);
  }
}

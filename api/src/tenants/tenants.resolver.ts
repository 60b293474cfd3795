import { Args, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { DeleteArgs, IdArgs } from '../common/delete.args';
import { Paginated } from '../common/page';
import { CreateTenantInput, TenantListArgs, UpdateTenantInput } from './dto/tenant.inputs';
import { Tenant } from './tenant.entity';
import { TenantsService } from './tenants.service';

@ObjectType()
export class TenantPage extends Paginated(Tenant) {}

@Resolver(() => Tenant)
@Policy('tenants.read')
export class TenantsResolver {
  constructor(private readonly service: TenantsService) {}

  @Query(() => Tenant)
  @Policy('tenants.read')
  tenant(@Args() { id }: IdArgs): Promise<Tenant> {
    return this.service.get(id);
  }

  @Query(() => TenantPage)
  @Policy('tenants.read')
  tenants(@Args() args: TenantListArgs): Promise<TenantPage> {
    return this.service.list(args, args.sortBy);
  }

  @Mutation(() => Tenant)
  @Policy('tenants.admin')
  createTenant(@Args('input') input: CreateTenantInput): Promise<Tenant> {
    return this.service.create(input);
  }

  @Mutation(() => Tenant)
  @Policy('tenants.write')
  updateTenant(@Args('input') { id, version, ...changes }: UpdateTenantInput): Promise<Tenant> {
    return this.service.update(id, version, changes);
  }

  @Mutation(() => ID, { description: 'Deletes the Verwaltung with ALL its inventory.' })
  @Policy('tenants.admin')
  deleteTenant(@Args() { id, version }: DeleteArgs): Promise<string> {
    return this.service.remove(id, version);
  }
}

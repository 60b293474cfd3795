import { Args, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { IdArgs } from '../common/delete.args';
import { Paginated } from '../common/page';
import { RequestContext } from '../database/request-context';
import { Location } from '../locations/location.entity';
import { LocationsService } from '../locations/locations.service';
import { Tenant } from '../tenants/tenant.entity';
import { TenantsService } from '../tenants/tenants.service';
import { Account, CreateAccountResult, SetPasswordToken } from './account.model';
import { AccountsService } from './accounts.service';
import { AccountListArgs, CreateAccountInput, UpdateAccountInput } from './dto/account.inputs';

@ObjectType()
export class AccountPage extends Paginated(Account) {}

const notNull = <T>(v: T | null): v is T => v !== null;

/** Account administration: ADMIN only. */
@Resolver(() => Account)
@Policy('session.self')
export class AccountsResolver {
  constructor(
    private readonly service: AccountsService,
    private readonly tenantsService: TenantsService,
    private readonly locationsService: LocationsService,
  ) {}

  @Query(() => AccountPage)
  @Policy('accounts.admin')
  accounts(@Args() args: AccountListArgs): Promise<AccountPage> {
    return this.service.list(args);
  }

  @Query(() => Account)
  @Policy('accounts.admin')
  account(@Args() { id }: IdArgs): Promise<Account> {
    return this.service.get(id);
  }

  @Mutation(() => CreateAccountResult, { description: 'The new account has no password until it uses the token.' })
  @Policy('accounts.admin')
  createAccount(@Args('input') input: CreateAccountInput): Promise<CreateAccountResult> {
    return this.service.create(input);
  }

  @Mutation(() => Account, { description: 'active: false ends the account’s sessions at once.' })
  @Policy('accounts.admin')
  updateAccount(@Args('input') input: UpdateAccountInput): Promise<Account> {
    const actor = RequestContext.current().principal;
    if (!actor) throw new Error('accounts.admin policy without a principal');
    return this.service.update(input, actor);
  }

  @Mutation(() => SetPasswordToken, {
    description: 'Clears the password, ends the sessions and returns a one-time set-password token.',
  })
  @Policy('accounts.admin')
  resetPassword(@Args() { id }: IdArgs): Promise<SetPasswordToken> {
    return this.service.resetPassword(id);
  }

  // The parent as a plain parameter (no @Parent()): graphql calls the method without Nest's pipe chain.
  @ResolveField(() => [Tenant], { description: 'The tenants of tenantIds that the viewer may see.' })
  async tenants(account: Account): Promise<Tenant[]> {
    return (await Promise.all(account.tenantIds.map((id) => this.tenantsService.find(id)))).filter(notNull);
  }

  @ResolveField(() => [Location], { description: 'The locations of locationIds that the viewer may see.' })
  async locations(account: Account): Promise<Location[]> {
    return (await Promise.all(account.locationIds.map((id) => this.locationsService.find(id)))).filter(notNull);
  }
}

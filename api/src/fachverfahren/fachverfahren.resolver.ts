import { Args, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { DeleteArgs, IdArgs } from '../common/delete.args';
import { Paginated } from '../common/page';
import { CreateFachverfahrenInput, FachverfahrenListArgs, UpdateFachverfahrenInput } from './dto/fachverfahren.inputs';
import { Fachverfahren } from './fachverfahren.entity';
import { FachverfahrenService } from './fachverfahren.service';

@ObjectType()
export class FachverfahrenPage extends Paginated(Fachverfahren) {}

@Resolver(() => Fachverfahren)
@Policy('inventory.read')
export class FachverfahrenResolver {
  constructor(private readonly service: FachverfahrenService) {}

  @Query(() => Fachverfahren)
  @Policy('inventory.read')
  fachverfahren(@Args() { id }: IdArgs): Promise<Fachverfahren> {
    return this.service.get(id);
  }

  @Query(() => FachverfahrenPage)
  @Policy('inventory.read')
  fachverfahrenList(@Args() args: FachverfahrenListArgs): Promise<FachverfahrenPage> {
    return this.service.list(args, args.sortBy);
  }

  @Mutation(() => Fachverfahren)
  @Policy('inventory.write')
  createFachverfahren(@Args('input') input: CreateFachverfahrenInput): Promise<Fachverfahren> {
    return this.service.create(input);
  }

  @Mutation(() => Fachverfahren)
  @Policy('inventory.write')
  updateFachverfahren(@Args('input') { id, version, ...changes }: UpdateFachverfahrenInput): Promise<Fachverfahren> {
    return this.service.update(id, version, changes);
  }

  @Mutation(() => ID, { description: 'Deletes it with its mappings; returns the id.' })
  @Policy('inventory.write')
  deleteFachverfahren(@Args() { id, version }: DeleteArgs): Promise<string> {
    return this.service.remove(id, version);
  }
}

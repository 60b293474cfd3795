import { Args, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { DeleteArgs, IdArgs } from '../common/delete.args';
import { Paginated } from '../common/page';
import { CreateSoftwareInput, SoftwareListArgs, UpdateSoftwareInput } from './dto/software.inputs';
import { Software } from './software.entity';
import { SoftwareService } from './software.service';

@ObjectType()
export class SoftwarePage extends Paginated(Software) {}

@Resolver(() => Software)
@Policy('inventory.read')
export class SoftwareResolver {
  constructor(private readonly service: SoftwareService) {}

  @Query(() => Software)
  @Policy('inventory.read')
  software(@Args() { id }: IdArgs): Promise<Software> {
    return this.service.get(id);
  }

  @Query(() => SoftwarePage)
  @Policy('inventory.read')
  softwareList(@Args() args: SoftwareListArgs): Promise<SoftwarePage> {
    return this.service.list(args, args.sortBy);
  }

  @Mutation(() => Software)
  @Policy('inventory.write')
  createSoftware(@Args('input') input: CreateSoftwareInput): Promise<Software> {
    return this.service.create(input);
  }

  @Mutation(() => Software)
  @Policy('inventory.write')
  updateSoftware(@Args('input') { id, version, ...changes }: UpdateSoftwareInput): Promise<Software> {
    return this.service.update(id, version, changes);
  }

  @Mutation(() => ID, { description: 'Deletes it with its mappings; returns the id.' })
  @Policy('inventory.write')
  deleteSoftware(@Args() { id, version }: DeleteArgs): Promise<string> {
    return this.service.remove(id, version);
  }
}

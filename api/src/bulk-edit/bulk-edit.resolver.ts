import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { BulkEditService } from './bulk-edit.service';
import { BulkUpdateInput, BulkUpdateResult } from './dto/bulk-update.input';

@Resolver()
export class BulkEditResolver {
  constructor(private readonly service: BulkEditService) {}

  @Mutation(() => BulkUpdateResult, {
    description: 'Sets one field of many objects of one Verwaltung at once; all or nothing, each change audited.',
  })
  @Policy('inventory.write')
  bulkUpdate(@Args('input') input: BulkUpdateInput): Promise<BulkUpdateResult> {
    return this.service.bulkUpdate(input);
  }
}

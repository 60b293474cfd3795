import { Args, Query, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { ReadinessBoardArgs, ReadinessFailuresArgs } from './dto/readiness.args';
import { ConfirmationDay, ReadinessFailure, ReadinessRow } from './readiness.models';
import { ReadinessService } from './readiness.service';

@Resolver(() => ReadinessRow)
@Policy('plan.read')
export class ReadinessResolver {
  constructor(private readonly readiness: ReadinessService) {}

  @Query(() => [ReadinessRow], {
    description: 'Every Standort in your scope with its readiness gate, sorted by cutover date (undated last).',
  })
  @Policy('plan.read')
  readinessBoard(@Args() { tenantId }: ReadinessBoardArgs): Promise<ReadinessRow[]> {
    return this.readiness.board(tenantId ?? null);
  }

  @Query(() => [ReadinessFailure], { description: 'The items that keep one criterion of a Standort from holding.' })
  @Policy('plan.read')
  readinessFailures(@Args() { locationId, criterion }: ReadinessFailuresArgs): Promise<ReadinessFailure[]> {
    return this.readiness.failures(locationId, criterion);
  }

  @Query(() => [ConfirmationDay], {
    description:
      'Confirmations and rejections per day (from the audit trail), oldest day first; days without any are left out.',
  })
  @Policy('plan.read')
  confirmationTimeline(@Args() { tenantId }: ReadinessBoardArgs): Promise<ConfirmationDay[]> {
    return this.readiness.confirmationTimeline(tenantId ?? null);
  }
}

import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { AppError } from '../common/errors';
import type { SubscriptionContext } from '../auth/subscription-context';
import { CutoverLiveService, type LiveDelivery } from './cutover-live.service';
import { CutoverProgressArgs, CutoverProgressEvent } from './cutover-progress.model';

@Resolver(() => CutoverProgressEvent)
export class CutoverProgressResolver {
  constructor(private readonly live: CutoverLiveService) {}

  @Subscription(() => CutoverProgressEvent, {
    description:
      'Live board: an event whenever something of the cutover of this Verwaltung (or Standort) changes, ' +
      'at most one per Standort and 100 ms. Over graphql-ws on /graphql only.',
    resolve: (delivery: LiveDelivery | undefined): CutoverProgressEvent => {
      // Sent over HTTP, graphql-js calls this without any event (and without the guard).
      if (!delivery) throw new AppError('Subscriptions run over the WebSocket only.', 'BAD_USER_INPUT');
      // Ends the subscription with the error once the session is gone or out of scope.
      if ('revoked' in delivery) throw delivery.revoked;
      return delivery.event;
    },
  })
  @Policy('plan.read')
  cutoverProgress(
    @Args() args: CutoverProgressArgs,
    @Context() ctx: SubscriptionContext,
  ): Promise<AsyncIterableIterator<LiveDelivery>> {
    return this.live.subscribe(ctx, args);
  }
}

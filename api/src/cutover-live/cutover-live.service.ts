import { Injectable } from '@nestjs/common';
import { concatMap, filter, interval, map, merge, takeWhile } from 'rxjs';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import type { SubscriptionContext } from '../auth/subscription-context';
import { AppError, notFound } from '../common/errors';
import { RequestContext } from '../database/request-context';
import { scopeForPrincipal } from '../database/tenant-scope';
import { toAsyncIterator } from './async-iterator';
import type { CutoverProgress } from './coalescer';
import { CutoverListener } from './cutover-listener';
import type { CutoverProgressArgs } from './cutover-progress.model';
import { LiveSessions } from './live-sessions';

/** What a subscription yields: an event, or the reason it ends (resolved into an error). */
export type LiveDelivery = { event: CutoverProgress } | { revoked: AppError };

/** A quiet subscription still notices a logout or deactivation within this time. */
const IDLE_RECHECK_MS = 30_000;

/**
 * Per subscription: check the target as a query would (RLS in the subscriber's scope), then
 * pass on the process-wide events of that tenant (and location) the subscriber may see. Before
 * each delivery the session is re-read (cached for a few seconds, see live-sessions.ts): gone or out of scope ends
 * the subscription with an error instead of the event.
 */
@Injectable()
export class CutoverLiveService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly listener: CutoverListener,
    private readonly sessions: LiveSessions,
  ) {}

  async subscribe(ctx: SubscriptionContext, args: CutoverProgressArgs): Promise<AsyncIterableIterator<LiveDelivery>> {
    const { principal, sessionToken } = ctx;
    if (!principal) throw new AppError('Please sign in.', 'UNAUTHENTICATED');
    const tenantId = args.tenantId;
    const locationId = args.locationId ?? null;
    await this.checkTarget(principal, tenantId, locationId);

    type Item = { kind: 'event'; event: CutoverProgress; resync: boolean } | { kind: 'probe' };
    const items = merge(
      this.listener.events.pipe(
        filter((e) => e.tenantId === tenantId && (locationId === null || e.locationId === locationId)),
        map((event): Item => ({ kind: 'event', event, resync: false })),
      ),
      // Changes during a lost LISTEN connection were not heard: have the client re-read.
      this.listener.resync.pipe(
        map((at): Item => ({ kind: 'event', event: { tenantId, locationId, at }, resync: true })),
      ),
      interval(IDLE_RECHECK_MS).pipe(map((): Item => ({ kind: 'probe' }))),
    );
    const deliveries = items.pipe(
      concatMap(async (item): Promise<LiveDelivery | null> => {
        const current = await this.sessions.principal(sessionToken);
        if (!current || current.accountId !== principal.accountId) {
          return { revoked: new AppError('Please sign in.', 'UNAUTHENTICATED') };
        }
        if (!mayWatch(current, tenantId, locationId)) {
          return { revoked: new AppError('This live view is no longer available to you.', 'FORBIDDEN') };
        }
        if (item.kind === 'probe') return null;
        return item.resync || sees(current, item.event) ? { event: item.event } : null;
      }),
      filter((d): d is LiveDelivery => d !== null),
      takeWhile((d) => !('revoked' in d), true),
    );
    return toAsyncIterator(deliveries);
  }

  /** Refused like a query for the same ids: NOT_FOUND for what the scope does not reach. */
  private async checkTarget(principal: Principal, tenantId: string, locationId: string | null): Promise<void> {
    const ctx = new RequestContext(this.dataSource, scopeForPrincipal(principal), principal.accountId, principal);
    try {
      const tenants = await ctx.query(`SELECT 1 FROM tenant WHERE id = $1`, [tenantId]);
      if (!tenants.length) throw notFound('Tenant', tenantId);
      if (locationId) {
        const locations = await ctx.query(`SELECT 1 FROM location WHERE id = $1 AND tenant_id = $2`, [
          locationId,
          tenantId,
        ]);
        if (!locations.length) throw notFound('Location', locationId);
      }
    } finally {
      await ctx.finish();
    }
  }
}

/** The subscription's target is still in the principal's scope (assignments can change). */
function mayWatch(principal: Principal, tenantId: string, locationId: string | null): boolean {
  if (principal.role === 'ADMIN') return true;
  if (!principal.tenantIds.includes(tenantId)) return false;
  return principal.role !== 'TECHNICIAN' || locationId === null || principal.locationIds.includes(locationId);
}

/** Technicians see only their locations' changes, not tenant-wide ones. */
function sees(principal: Principal, event: CutoverProgress): boolean {
  if (principal.role !== 'TECHNICIAN') return true;
  return event.locationId !== null && principal.locationIds.includes(event.locationId);
}

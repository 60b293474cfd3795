import { Injectable } from '@nestjs/common';
import { RequestContext } from '../database/request-context';
import { Blocker } from './blocker.entity';
import { linkLabels } from './blocker-links';

@Injectable()
export class BlockersLoader {
  /** Open blockers per location, one statement per batch of locations. */
  openAt(locationId: string): Promise<Blocker[]> {
    const ctx = RequestContext.current();
    return ctx
      .loader<Blocker[]>('blockers:openByLocation', async (keys) => {
        const manager = await ctx.manager();
        const rows = await manager
          .createQueryBuilder(Blocker, 't')
          .where('t.locationId = ANY(:keys) AND t.open', { keys: [...keys] })
          .orderBy('t.createdAt', 'ASC')
          .addOrderBy('t.id', 'ASC')
          .getMany();
        return keys.map((k) => rows.filter((r) => r.locationId === k));
      })
      .load(locationId);
  }

  /** The linked object's name (null when none is linked or it no longer exists). */
  async objectLabel(blocker: Blocker): Promise<string | null> {
    if (!blocker.objectType || !blocker.objectId) return null;
    return RequestContext.current()
      .loader<string | null>('blockers:objectLabel', linkLabels)
      .load(`${blocker.objectType}:${blocker.objectId}`);
  }
}

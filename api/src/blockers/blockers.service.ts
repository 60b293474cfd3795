import { Injectable } from '@nestjs/common';
import { CrudService } from '../common/crud.service';
import type { Page } from '../common/page';
import { Blocker } from './blocker.entity';
import { resolveLink, type BlockerLink } from './blocker-links';
import type { BlockerListArgs, CreateBlockerInput } from './dto/blocker.inputs';

type BlockerChanges = Partial<
  Pick<Blocker, 'title' | 'description' | 'owner' | 'locationId' | 'objectType' | 'objectId'>
>;

@Injectable()
export class BlockersService extends CrudService<Blocker> {
  constructor() {
    super({
      type: 'Blocker',
      entity: Blocker,
      table: 'blocker',
      search: ['title', 'description', 'owner'],
      sort: { CREATED: 't.createdAt' },
      defaultSort: 'CREATED',
      scopeProperty: 'tenantId',
      locationProperty: 'locationId',
    });
  }

  /** Open ones first, newest first. */
  async listBlockers(args: BlockerListArgs): Promise<Page<Blocker>> {
    const manager = await this.ctx.manager();
    const qb = manager.createQueryBuilder(Blocker, 't').where('t.tenantId = :tenantId', { tenantId: args.tenantId });
    if (args.locationId) qb.andWhere('t.locationId = :locationId', { locationId: args.locationId });
    if (args.open !== undefined && args.open !== null) qb.andWhere('t.open = :open', { open: args.open });
    if (args.objectType) qb.andWhere('t.objectType = :objectType', { objectType: args.objectType });
    if (args.objectId) qb.andWhere('t.objectId = :objectId', { objectId: args.objectId });
    const [items, totalCount] = await qb
      .orderBy('t.open', 'DESC')
      .addOrderBy('t.createdAt', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .offset(args.offset)
      .limit(args.limit)
      .getManyAndCount();
    return { items, totalCount };
  }

  async open(input: CreateBlockerInput): Promise<Blocker> {
    const link = await resolveLink(input.tenantId, {
      locationId: input.locationId ?? null,
      objectType: input.objectType ?? null,
      objectId: input.objectId ?? null,
    });
    const blocker = await this.create({ ...input, ...link });
    this.ctx.forgetLoaded();
    return blocker;
  }

  async change(id: string, version: number, changes: BlockerChanges): Promise<Blocker> {
    let values = changes;
    if (changes.locationId !== undefined || changes.objectType !== undefined || changes.objectId !== undefined) {
      const current = await this.current(id, version);
      const merged: BlockerLink = {
        locationId: changes.locationId === undefined ? current.locationId : changes.locationId,
        objectType: changes.objectType === undefined ? current.objectType : changes.objectType,
        objectId: changes.objectId === undefined ? current.objectId : changes.objectId,
      };
      // A new object brings its own location; the old derived one must not block it.
      if (changes.locationId === undefined && (changes.objectType !== undefined || changes.objectId !== undefined)) {
        merged.locationId = null;
      }
      values = { ...changes, ...(await resolveLink(current.tenantId, merged)) };
    }
    const blocker = await this.update(id, version, values);
    this.ctx.forgetLoaded();
    return blocker;
  }

  /** Closing a closed (or reopening an open) blocker changes nothing and writes no entry. */
  async setOpen(id: string, version: number, open: boolean): Promise<Blocker> {
    const current = await this.current(id, version);
    if (current.open === open) return current;
    const blocker = await this.update(id, version, { open });
    this.ctx.forgetLoaded();
    return blocker;
  }

  async delete(id: string, version: number): Promise<string> {
    const removed = await this.remove(id, version);
    this.ctx.forgetLoaded();
    return removed;
  }
}

import { randomUUID } from 'node:crypto';
import {
  Brackets,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
  type SelectQueryBuilder,
  type WhereExpressionBuilder,
} from 'typeorm';
import { diff, labelOf, writeAudit, type AuditAction, type AuditObjectType } from '../audit/audit-writer';
import { RequestContext } from '../database/request-context';
import { mapDbError } from './db-errors';
import { entityFromRow, neededColumns, propertySelections } from './entity-rows';
import { invalidInput, notFound, staleVersion } from './errors';
import type { ListArgs } from './list.args';
import type { Page } from './page';

export interface CrudSpec<T> {
  /** Name used in messages, e.g. "Printer". */
  type: string;
  entity: EntityTarget<T>;
  table: string;
  /** Properties matched by the free-text search. */
  search: string[];
  /** Sort key → SQL expression over alias `t` (properties are written as t.property). */
  sort: Record<string, string>;
  defaultSort: string;
  /** Column that carries the tenant: `tenantId`, or `id` for the tenant itself. */
  scopeProperty: 'tenantId' | 'id';
  locationProperty?: 'locationId';
  /** List arguments matched exactly (case-insensitive): argument name → property. */
  exact?: Record<string, string>;
  /**
   * Field resolvers of the type that read nothing but its uuid columns: a list whose items select
   * only these and columns then reads just those columns.
   */
  idOnlyFields?: string[];
}

export interface ListOptions {
  /** Count all matches (default); without it totalCount is NaN, so a total nobody asked for is never shown. */
  total?: boolean;
  /**
   * The fields the caller reads of every item: a subclass may preload the relations among them,
   * and the statement reads only the columns they need (see neededColumns).
   */
  relations?: ReadonlySet<string>;
  /** The fields the caller reads on a relation of the items (e.g. `persons` → displayName). */
  relationFields?: (relation: string) => ReadonlySet<string>;
}

interface Row extends ObjectLiteral {
  id: string;
  version: number;
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Tenant-scoped CRUD with optimistic locking in the UPDATE/DELETE itself. */
export class CrudService<T extends Row> {
  constructor(protected readonly spec: CrudSpec<T>) {}

  protected get ctx(): RequestContext {
    return RequestContext.current();
  }

  /** Batched lookup through the request's DataLoader. */
  find(id: string): Promise<T | null> {
    return this.byIdLoader().load(id);
  }

  async get(id: string): Promise<T> {
    const row = await this.find(id);
    if (!row) throw notFound(this.spec.type, id);
    return row;
  }

  async list(args: ListArgs, sortBy?: string, options: ListOptions = {}): Promise<Page<T>> {
    const manager = await this.ctx.manager();
    const metadata = manager.connection.getMetadata(this.spec.entity);
    const withTotal = options.total ?? true;
    const qb = this.filtered(manager.createQueryBuilder(this.spec.entity, 't'), 't', args);
    // Rows keyed by property name: mapped without TypeORM's generic hydration (the cost of big pages).
    qb.select([]);
    const columns = neededColumns(metadata, options.relations, this.spec.idOnlyFields ?? []);
    for (const [selection, alias] of propertySelections(metadata, 't', columns)) qb.addSelect(selection, alias);
    const direction = args.sortDirection === 'DESC' ? 'DESC' : 'ASC';
    qb.addSelect(this.spec.sort[sortBy ?? this.spec.defaultSort] ?? this.spec.sort[this.spec.defaultSort], 'sort_key');
    // The total is an uncorrelated scalar subquery (run once) over the same filters: still one
    // statement, and unlike count(*) OVER () it lets PostgreSQL stop after the page.
    if (withTotal) {
      qb.addSelect(
        (sub) => this.filtered(sub.select('count(*)').from(this.spec.entity, 'c'), 'c', args),
        'total_count',
      );
    }
    const wanted = options.relations ?? new Set<string>();
    // Relations a subclass loads in this same statement (e.g. as JSON), read back in `listed`.
    if (wanted.size > 0) this.listRelations(qb, wanted, options.relationFields, manager);
    qb.orderBy('sort_key', direction).addOrderBy('t.id', direction).offset(args.offset).limit(args.limit);
    const raw = await qb.getRawMany<Record<string, unknown>>();
    const items = raw.map((r) => entityFromRow<T>(metadata, r, columns));
    let totalCount = withTotal && raw.length > 0 ? Number(raw[0].total_count) : withTotal ? 0 : Number.NaN;
    // Past the last page there is no row to carry the total: count separately (rare).
    if (withTotal && raw.length === 0 && args.offset > 0) {
      totalCount = await this.filtered(manager.createQueryBuilder(this.spec.entity, 't'), 't', args).getCount();
    }
    // Only complete entities may answer a later lookup by id in this request.
    if (columns.length === metadata.columns.length) for (const e of items) this.byIdLoader().prime(e.id, e);
    if (wanted.size > 0) await this.listed(items, raw, wanted);
    return { items, totalCount };
  }

  /**
   * Adds output columns (and joins) for the wanted relations to the list statement over the row
   * alias `t`; `listed` reads them back from the rows.
   */
  protected listRelations(
    _qb: SelectQueryBuilder<T>,
    _relations: ReadonlySet<string>,
    _fields: ((relation: string) => ReadonlySet<string>) | undefined,
    _manager: EntityManager,
  ): void {
    return undefined;
  }

  /** Preloads the wanted relations of the listed items (see common/preloaded). */
  protected listed(_items: T[], _rows: Record<string, unknown>[], _relations: ReadonlySet<string>): Promise<void> {
    return Promise.resolve();
  }

  /** Applies the list filters to a query over `alias`. */
  private filtered<Q extends WhereExpressionBuilder>(qb: Q, alias: string, args: ListArgs): Q {
    if (args.tenantId) qb.andWhere(`${alias}.${this.spec.scopeProperty} = :tenantId`, { tenantId: args.tenantId });
    if (args.locationId) {
      if (!this.spec.locationProperty) throw invalidInput([{ field: 'locationId', message: 'is not a filter here' }]);
      qb.andWhere(`${alias}.${this.spec.locationProperty} = :locationId`, { locationId: args.locationId });
    }
    const named = args as unknown as Record<string, unknown>;
    for (const [arg, property] of Object.entries(this.spec.exact ?? {})) {
      const value = named[arg];
      if (typeof value === 'string' && value) {
        qb.andWhere(`lower(${alias}.${property}) = lower(:${arg})`, { [arg]: value });
      }
    }
    const search = args.search?.trim();
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      qb.andWhere(
        new Brackets((or) => {
          for (const p of this.spec.search) or.orWhere(`${alias}.${p} ILIKE :pattern`, { pattern });
        }),
      );
    }
    return qb;
  }

  async create(values: Partial<T>): Promise<T> {
    const id = randomUUID();
    const manager = await this.ctx.manager();
    try {
      await manager.insert(this.spec.entity, { ...this.defined(values), id });
    } catch (error) {
      throw mapDbError(error, this.spec.type);
    }
    const created = await this.reload(id);
    await this.audit('CREATE', null, created);
    return created;
  }

  async update(id: string, version: number, values: Partial<T>): Promise<T> {
    const manager = await this.ctx.manager();
    const changes = this.defined(values);
    // The row as it was: an UPDATE that matches this version changes exactly this state.
    const before = await this.current(id, version);
    let affected: number | undefined;
    try {
      const result = await manager
        .createQueryBuilder()
        .update(this.spec.entity)
        .set({ ...changes, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      affected = result.affected;
    } catch (error) {
      throw mapDbError(error, this.spec.type);
    }
    if (!affected) await this.explainMiss(id, version);
    const after = await this.reload(id);
    await this.audit('UPDATE', before, after);
    return after;
  }

  async remove(id: string, version: number): Promise<string> {
    const manager = await this.ctx.manager();
    const before = await this.current(id, version);
    let affected: number | null | undefined;
    try {
      const result = await manager
        .createQueryBuilder()
        .delete()
        .from(this.spec.entity)
        .where('id = :id AND version = :version', { id, version })
        .execute();
      affected = result.affected;
    } catch (error) {
      throw mapDbError(error, this.spec.type);
    }
    if (!affected) await this.explainMiss(id, version);
    this.byIdLoader().clear(id);
    await this.audit('DELETE', before, null);
    return id;
  }

  /** The stored row at exactly `version`; otherwise the miss is explained (not found / conflict). */
  protected async current(id: string, version: number): Promise<T> {
    const row = await this.fetch(id);
    if (!row) throw notFound(this.spec.type, id);
    if (row.version !== version) throw staleVersion(this.spec.type, id, version, row.version);
    return row;
  }

  /** One audit entry per change, in the request transaction: created, changed or deleted fields. */
  protected async audit(action: AuditAction, before: T | null, after: T | null): Promise<void> {
    const row = (after ?? before) as T;
    await writeAudit({
      tenantId: String(row[this.spec.scopeProperty]),
      objectType: this.spec.table.toUpperCase() as AuditObjectType,
      objectId: row.id,
      objectLabel: labelOf(row),
      action,
      changes: diff(before, after),
    });
  }

  /** No row matched id+version: either it is gone (or out of scope) or someone else changed it. */
  protected async explainMiss(id: string, version: number): Promise<never> {
    const current = await this.fetch(id);
    if (!current) throw notFound(this.spec.type, id);
    throw staleVersion(this.spec.type, id, version, current.version);
  }

  protected async reload(id: string): Promise<T> {
    const row = await this.fetch(id);
    if (!row) throw notFound(this.spec.type, id);
    this.byIdLoader().clear(id).prime(id, row);
    return row;
  }

  private async fetch(id: string): Promise<T | null> {
    const manager = await this.ctx.manager();
    return manager.createQueryBuilder(this.spec.entity, 't').where('t.id = :id', { id }).getOne();
  }

  private byIdLoader() {
    return this.ctx.loader<T | null>(`${this.spec.table}:byId`, async (ids) => {
      const manager = await this.ctx.manager();
      const rows = await manager
        .createQueryBuilder(this.spec.entity, 't')
        .where('t.id = ANY(:ids)', { ids: [...ids] })
        .getMany();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Drops undefined keys: absent input fields keep their value, explicit nulls clear it. */
  private defined(values: Partial<T>): Partial<T> {
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
  }
}

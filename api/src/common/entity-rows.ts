import type { EntityMetadata } from 'typeorm';

type ColumnMetadata = EntityMetadata['columns'][number];

// Column types whose pg value is already what TypeORM would hydrate (no conversion, no transformer).
const AS_IS = new Set(['uuid', 'text', 'varchar', 'character varying', 'int', 'integer', 'smallint', 'boolean']);

interface Shape {
  columns: ColumnMetadata[];
  /** Columns that need TypeORM's own hydration (dates, times, transformers). */
  converted: ColumnMetadata[];
}

const shapes = new WeakMap<EntityMetadata, Shape>();

// The entity class's prototype, as TypeORM's own hydration would give the object.
const prototypeOf = (metadata: EntityMetadata): object | null =>
  metadata.target instanceof Function ? (metadata.target.prototype as object) : null;

function shapeOf(metadata: EntityMetadata): Shape {
  let shape = shapes.get(metadata);
  if (!shape) {
    const columns = metadata.columns;
    const type = (c: ColumnMetadata): string => String(c.type);
    shape = {
      columns,
      converted: columns.filter((c) => !AS_IS.has(type(c)) || c.transformer),
    };
    shapes.set(metadata, shape);
  }
  return shape;
}

/** Selections (`t.property` AS "property") that make pg return rows keyed by property name. */
export function propertySelections(metadata: EntityMetadata, alias: string): [string, string][] {
  return shapeOf(metadata).columns.map((c) => [`${alias}.${c.propertyPath}`, c.propertyName]);
}

/**
 * A row selected with propertySelections as the entity TypeORM would build (same prototype, same
 * values), without its generic alias and relation handling, which dominated large lists.
 */
export function entityFromRow<T>(metadata: EntityMetadata, row: Record<string, unknown>): T {
  const entity = Object.create(prototypeOf(metadata)) as Record<string, unknown>;
  for (const c of shapeOf(metadata).columns) entity[c.propertyName] = row[c.propertyName];
  for (const c of shapeOf(metadata).converted) {
    entity[c.propertyName] = metadata.connection.driver.prepareHydratedValue(row[c.propertyName], c);
  }
  return entity as T;
}

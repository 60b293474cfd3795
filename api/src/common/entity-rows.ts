import type { EntityMetadata } from 'typeorm';

type ColumnMetadata = EntityMetadata['columns'][number];

// Column types whose pg value is already what TypeORM would hydrate (no conversion, no transformer).
const AS_IS = new Set(['uuid', 'text', 'varchar', 'character varying', 'int', 'integer', 'smallint', 'boolean']);
const TIMESTAMP = new Set(['timestamptz', 'timestamp with time zone']);

interface Shape {
  columns: ColumnMetadata[];
  /** Columns that need TypeORM's own hydration (dates, times, transformers). */
  converted: Set<ColumnMetadata>;
  /** Timestamp columns without transformer: JSON carries them as epoch milliseconds. */
  timestamps: string[];
  /** jsonObjectSql per alias and column list (built once). */
  json: Map<string, string>;
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
      converted: new Set(columns.filter((c) => !AS_IS.has(type(c)) || c.transformer)),
      timestamps: columns.filter((c) => TIMESTAMP.has(type(c)) && !c.transformer).map((c) => c.propertyName),
      json: new Map<string, string>(),
    };
    shapes.set(metadata, shape);
  }
  return shape;
}

/**
 * The columns needed to answer the selected `fields` of an object: the selected ones, with the
 * key columns (uuids) when `idOnly` is given. All columns when `fields` is absent or names
 * anything but a column, apart from the `idOnly` fields (field resolvers known to read nothing
 * but uuid columns).
 */
export function neededColumns(
  metadata: EntityMetadata,
  fields?: ReadonlySet<string>,
  idOnly?: readonly string[],
): ColumnMetadata[] {
  const { columns } = shapeOf(metadata);
  if (!fields) return columns;
  const asked = [...fields].filter((f) => f !== '__typename' && !idOnly?.includes(f));
  if (asked.some((f) => !columns.some((c) => c.propertyName === f))) return columns;
  return columns.filter((c) => (idOnly && c.type === 'uuid') || asked.includes(c.propertyName));
}

/** Selections (`t.property` AS "property") that make pg return rows keyed by property name. */
export function propertySelections(
  metadata: EntityMetadata,
  alias: string,
  columns = shapeOf(metadata).columns,
): [string, string][] {
  return columns.map((c) => [`${alias}.${c.propertyPath}`, c.propertyName]);
}

/**
 * A row selected with propertySelections as the entity TypeORM would build (same prototype, same
 * values; only the selected columns), without its generic alias and relation handling, which
 * dominated large lists.
 */
export function entityFromRow<T>(
  metadata: EntityMetadata,
  row: Record<string, unknown>,
  columns = shapeOf(metadata).columns,
): T {
  const { converted } = shapeOf(metadata);
  const entity = Object.create(prototypeOf(metadata)) as Record<string, unknown>;
  for (const c of columns) {
    const value = row[c.propertyName];
    entity[c.propertyName] = converted.has(c) ? metadata.connection.driver.prepareHydratedValue(value, c) : value;
  }
  return entity as T;
}

/**
 * json_build_object of the columns of `alias` that the selected `fields` need (neededColumns:
 * without a field resolver among them, just the selected ones), keyed by property name; timestamps as epoch milliseconds, truncated as pg's own date parser
 * truncates them. null when one of them needs TypeORM's hydration (date, time, char,
 * transformers): the caller then loads them the usual way.
 */
export function jsonObjectSql(metadata: EntityMetadata, alias: string, fields?: ReadonlySet<string>): string | null {
  const shape = shapeOf(metadata);
  const columns = neededColumns(metadata, fields);
  if (columns.some((c) => shape.converted.has(c) && !shape.timestamps.includes(c.propertyName))) return null;
  const key = `${alias} ${columns.map((c) => c.propertyName).join(',')}`;
  let sql = shape.json.get(key);
  if (!sql) {
    const pairs = columns.map((c) => {
      const column = `${alias}.${c.databaseName}`;
      const value = shape.timestamps.includes(c.propertyName)
        ? `trunc(extract(epoch FROM ${column}) * 1000)::float8`
        : column;
      return `'${c.propertyName}', ${value}`;
    });
    sql = `json_build_object(${pairs.join(', ')})`;
    shape.json.set(key, sql);
  }
  return sql;
}

/**
 * An object built by jsonObjectSql (already parsed by pg) as a plain row: its timestamps become
 * Dates in place. It has the columns that were asked for, nothing else.
 */
export function rowFromJson<T>(metadata: EntityMetadata, json: Record<string, unknown>): T {
  for (const p of shapeOf(metadata).timestamps) {
    const ms = json[p];
    if (typeof ms === 'number') json[p] = new Date(ms);
  }
  return json as T;
}

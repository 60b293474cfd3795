// Operations and argument values generated from the committed schema (api/schema.gql): for every
// query and mutation a plausible call, then that call with one argument (or input field) broken.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { root } from '../../bench/lib/api-modules.mjs';

const require = createRequire(path.join(root, 'api/package.json'));
const {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} = require('graphql');

export const schema = buildSchema(readFileSync(path.join(root, 'api/schema.gql'), 'utf8'));

/** Root fields by operation type, each with its arguments. */
export function rootFields() {
  const of = (type, kind) => Object.values(type?.getFields() ?? {}).map((field) => ({ kind, field }));
  return [...of(schema.getQueryType(), 'query'), ...of(schema.getMutationType(), 'mutation')];
}

/** A selection: the scalar fields, and `__typename` of object fields without required arguments. */
export function selectionOf(type) {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const parts = ['__typename'];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    if (isLeafType(getNamedType(f.type))) parts.push(f.name);
    else if (f.name === 'items') parts.push(`items { ${leafFields(getNamedType(f.type))} }`);
    else parts.push(`${f.name} { __typename }`);
  }
  return `{ ${parts.join(' ')} }`;
}

const leafFields = (t) =>
  [
    '__typename',
    ...Object.values(t.getFields?.() ?? {})
      .filter((f) => isLeafType(getNamedType(f.type)) && !f.args.length)
      .map((f) => f.name),
  ].join(' ');

/** A value of the type that is well-formed (not necessarily meaningful: ids are random UUIDs). */
export function plausible(type, rng, name = '', depth = 0) {
  if (isNonNullType(type)) return plausible(type.ofType, rng, name, depth);
  if (isListType(type))
    return depth > 3 ? [] : Array.from({ length: rng.int(0, 2) }, () => plausible(type.ofType, rng, name, depth + 1));
  if (isEnumType(type)) return rng.pick(type.getValues()).value;
  if (isInputObjectType(type)) {
    const out = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) || (depth < 3 && rng.bool(0.5)))
        out[f.name] = plausible(f.type, rng, f.name, depth + 1);
    }
    return out;
  }
  switch (type.name) {
    case 'Int':
      return /limit/i.test(name) ? rng.int(1, 50) : rng.int(0, 5);
    case 'Float':
      return rng.int(0, 100) / 4;
    case 'Boolean':
      return rng.bool();
    case 'ID':
      return randomUuid(rng);
    case 'DateTime':
      return '2026-03-01T08:00:00.000Z';
    default:
      return /mail/i.test(name) ? `fuzz${rng.int(0, 1e6)}@example.org` : `Fuzz ${rng.int(0, 1e6)}`;
  }
}

export const randomUuid = (rng) =>
  rng
    .bytes(16)
    .toString('hex')
    .replace(/^(.{8})(.{4}).(.{3})(.{4})(.{12})$/, '$1-$2-4$3-$4-$5');

/** Broken values for a type: what each kind of argument must refuse as a client error. */
export function broken(type, rng) {
  const nonNull = isNonNullType(type);
  const inner = getNullableType(type);
  const cases = [];
  if (nonNull) cases.push(['nullForNonNull', null]);
  cases.push(['wrongType', rng.pick([{ a: 1 }, [1, 2], true, 12.5, 'x'])]);
  if (isListType(inner)) {
    const item = plausible(inner.ofType, rng);
    cases.push(['hugeList', Array.from({ length: rng.pick([1001, 5001, 20_000]) }, () => item)]);
    cases.push(['nestedList', nestedArray(rng.pick([50, 1000]))]);
  } else if (isEnumType(inner)) {
    cases.push(['invalidEnum', rng.pick(['NICHT_DA', 'rathaus', '', 'x'.repeat(10_000), '__proto__'])]);
  } else if (isInputObjectType(inner)) {
    cases.push(['unknownField', { ...plausible(inner, rng), gibtEsNicht: 1 }]);
    cases.push(['emptyObject', {}]);
  } else {
    switch (inner.name) {
      case 'Int':
        cases.push(['outOfRange', rng.pick([2 ** 31, -(2 ** 31) - 1, -1, 1e308, 1.5, 1_000_001])]);
        break;
      case 'Float':
        cases.push(['outOfRange', rng.pick([1e308, -1e308, -1, 2 ** 53 + 1])]);
        break;
      case 'Boolean':
        cases.push(['wrongType', rng.pick(['true', 0, 'ja'])]);
        break;
      case 'ID':
        cases.push([
          'invalidId',
          rng.pick(['', 'nicht-uuid', '00000000-0000-0000-0000-000000000000', "1' OR '1'='1", 'ä'.repeat(300)]),
        ]);
        break;
      case 'DateTime':
        cases.push(['invalidDate', rng.pick(['gestern', '2026-13-45T99:99:99Z', '', '9'.repeat(40)])]);
        break;
      default:
        cases.push(['overlongString', rng.pick(['x', 'ä', '😀']).repeat(rng.pick([201, 4001, 100_001, 300_000]))]);
        cases.push(['oddString', rng.pick(['', ' ', '\u0000', '\uD800', '\u202E\u200B', '<script>', '../../'])]);
    }
  }
  return cases;
}

const nestedArray = (depth) => {
  let v = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};

/** Each argument and each input field, as a path into the variables, with its type. */
export function argumentPaths(field) {
  const out = [];
  const walk = (type, pathSoFar, depth) => {
    out.push({ path: pathSoFar, type });
    const inner = getNullableType(type);
    if (depth < 2 && isInputObjectType(inner))
      for (const f of Object.values(inner.getFields())) walk(f.type, [...pathSoFar, f.name], depth + 1);
  };
  for (const a of field.args) walk(a.type, [a.name], 0);
  return out;
}

/** Sets a value at a path, creating input objects on the way. */
export function setPath(variables, pathToSet, value) {
  const copy = structuredClone(variables);
  let target = copy;
  for (const key of pathToSet.slice(0, -1)) {
    if (typeof target[key] !== 'object' || target[key] === null || Array.isArray(target[key])) target[key] = {};
    target = target[key];
  }
  target[pathToSet.at(-1)] = value;
  return copy;
}

/** The operation document for a root field with all its arguments as variables. */
export function operationFor({ kind, field }) {
  const defs = field.args.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind} Fuzz${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionOf(field.type)} }`;
}

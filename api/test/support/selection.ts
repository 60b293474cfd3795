import {
  type GraphQLField,
  type GraphQLOutputType,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/** Scalar fields of a type, and one level of object fields below: enough to see any leaked data. */
export function selectionFor(type: GraphQLOutputType, depth = 2): string {
  const named = getNamedType(type);
  if (isLeafType(named) || !isObjectType(named)) return '';
  const parts = Object.values(named.getFields())
    .filter((f) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined))
    .map((f) => {
      const inner = getNamedType(f.type);
      if (isLeafType(inner)) return f.name;
      return depth > 1 ? `${f.name} ${selectionFor(f.type, depth - 1)}` : '';
    })
    .filter((p) => p && !p.endsWith(' '));
  return `{ __typename ${parts.join(' ')} }`;
}

/** `query($a: ID!) { field(a: $a) { … } }` for a root field and the arguments given. */
export function operationFor(
  kind: 'Query' | 'Mutation' | 'Subscription',
  field: GraphQLField<unknown, unknown>,
  given: Record<string, unknown>,
): string {
  const args = field.args.filter((a) => a.name in given);
  const vars = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const op = kind.toLowerCase();
  return `${op}${vars ? `(${vars})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selectionFor(field.type)} }`;
}

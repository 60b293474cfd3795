import { describe, expect, it } from '@jest/globals';
import {
  Kind,
  parse,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { selectedFields } from './selection';

/** The info graphql-js would pass to the resolver of the operation's first root field. */
function infoFor(query: string): GraphQLResolveInfo {
  const doc = parse(query);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const root = operation.selectionSet.selections[0];
  return { fieldNodes: [root], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectedFields', () => {
  it('lists the fields on the value and on a child, through fragments', () => {
    const info = infoFor(`query {
      workstations { items { name ...Rel ... on Workstation { printers { name } } } ... on WorkstationPage { totalCount } }
    }
    fragment Rel on Workstation { location { name } persons { displayName } }`);
    expect([...selectedFields(info)].sort()).toEqual(['items', 'totalCount']);
    expect([...selectedFields(info, 'items')].sort()).toEqual(['location', 'name', 'persons', 'printers']);
  });

  it('does not report what only a nested object selects', () => {
    const info = infoFor(`{ workstations { items { persons { printers { name } } } } }`);
    expect(selectedFields(info).has('totalCount')).toBe(false);
    expect([...selectedFields(info, 'items')]).toEqual(['persons']);
  });

  it('follows a longer path, through fragments and aliases', () => {
    const info = infoFor(`{ workstations { items { a: persons { displayName } ...P } } }
    fragment P on Workstation { b: persons { email ... on Person { createdAt } } printers { name } }`);
    expect([...selectedFields(info, 'items', 'persons')].sort()).toEqual(['createdAt', 'displayName', 'email']);
    expect([...selectedFields(info, 'items', 'printers')]).toEqual(['name']);
    expect(selectedFields(info, 'items', 'location').size).toBe(0);
  });
});

import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Jest runs from the repository root; the committed schema is the web app's contract.
const schema = readFileSync(join(process.cwd(), 'api', 'schema.gql'), 'utf8');

describe('committed schema.gql', () => {
  it.each([
    'Tenant',
    'Location',
    'Person',
    'Workstation',
    'Printer',
    'PersonPrinter',
    'Software',
    'FileShare',
    'PersonFileShare',
    'Fachverfahren',
    'InventoryCounts',
  ])('has a type %s', (type) => {
    expect(schema).toMatch(new RegExp(`^type ${type} \\{`, 'm'));
  });

  it('is sorted, so reviews show real changes only', () => {
    const types = [...schema.matchAll(/^(?:type|input|enum|scalar) (\w+)/gm)].map((m) => m[1]);
    expect(types).toEqual([...types].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

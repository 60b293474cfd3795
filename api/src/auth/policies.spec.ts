import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ROLES } from '@schaltplan/domain';
import { POLICIES } from './policies';

// The committed policy table documents the code: both must say the same (Jest runs from the root).
const table = readFileSync(join(process.cwd(), 'docs', 'policy-table.md'), 'utf8');

function documented(): Record<string, string[] | null> {
  const rows: Record<string, string[] | null> = {};
  for (const line of table.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const policy = /^`([a-z.]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!policy || cells.length < 10) continue;
    const [, , , ...flags] = cells;
    const allowed = ROLES.filter((_, i) => flags[i] === 'yes');
    rows[policy] = flags[ROLES.length] === 'yes' ? null : allowed;
  }
  return rows;
}

describe('policy table', () => {
  it('docs/policy-table.md lists exactly the policies and roles of policies.ts', () => {
    const expected = Object.fromEntries(
      Object.entries(POLICIES).map(([name, roles]) => [name, roles === null ? null : [...roles]]),
    );
    expect(documented()).toEqual(expected);
  });
});

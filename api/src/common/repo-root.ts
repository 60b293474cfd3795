import fs from 'node:fs';
import path from 'node:path';

/** The repository root (the package.json with workspaces), so paths do not depend on the cwd. */
export function repoRoot(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { workspaces?: unknown };
      if (pkg.workspaces) return dir;
    } catch {
      // no package.json here; keep walking up
    }
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

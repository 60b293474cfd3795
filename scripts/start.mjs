#!/usr/bin/env node
// `npm start`: build what is stale, then run the API (which also serves the built web app).
// Config: PORT (default 3000), DATABASE_URL (else embedded PostgreSQL), SCHALTPLAN_DATA_DIR.
// `--build-only` builds what is stale and exits (for an npm "prepare" step).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Newest mtime below the given paths (files or folders), ignoring build output and deps. */
function newest(paths) {
  let max = 0;
  const walk = (p) => {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (!st.isDirectory()) return void (max = Math.max(max, st.mtimeMs));
    for (const name of fs.readdirSync(p)) {
      if (name !== 'node_modules' && name !== 'dist' && !name.startsWith('.')) walk(path.join(p, name));
    }
  };
  paths.forEach((p) => walk(path.join(root, p)));
  return max;
}

const mtime = (p) => fs.statSync(path.join(root, p), { throwIfNoEntry: false })?.mtimeMs ?? 0;
const shared = ['package-lock.json', 'tsconfig.base.json'];
const domain = ['packages/domain/src', 'packages/domain/tsconfig.json', 'packages/domain/package.json', ...shared];
const targets = [
  {
    workspace: '@schaltplan/domain',
    output: 'packages/domain/dist/index.js',
    sources: domain,
  },
  {
    workspace: '@schaltplan/api',
    output: 'api/dist/api/src/main.js',
    sources: ['api/src', 'migrations', 'api/tsconfig.json', 'api/tsconfig.build.json', 'api/package.json', ...domain],
  },
  {
    workspace: '@schaltplan/web',
    output: 'web/dist/index.html',
    sources: ['web/src', 'web/index.html', 'web/vite.config.ts', 'web/tsconfig.json', 'web/package.json', ...domain],
  },
];

// Incremental tsc leaves unchanged outputs untouched, so output mtimes cannot tell "built after the
// last source change"; a stamp written after each successful build can.
const stampOf = (t) => path.join(root, t.output.slice(0, t.output.indexOf('/dist/') + 5), '.start-stamp');

function build(target) {
  return new Promise((resolve, reject) => {
    const child = spawn(npm, ['run', 'build', '-w', target.workspace], {
      cwd: root,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`build of ${target.workspace} failed (exit ${code})`));
      fs.writeFileSync(stampOf(target), `${new Date().toISOString()}\n`);
      resolve();
    });
  });
}

const isStale = (t) =>
  !fs.existsSync(path.join(root, t.output)) || mtime(path.relative(root, stampOf(t))) < newest(t.sources);
const stale = targets.filter(isStale);
const started = Date.now();
try {
  // api and web both consume the domain package; they are independent of each other.
  const [domainTarget, ...others] = stale[0]?.workspace === '@schaltplan/domain' ? stale : [undefined, ...stale];
  if (domainTarget) await build(domainTarget);
  await Promise.all(others.map(build));
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
if (stale.length)
  console.log(`built ${stale.map((t) => t.workspace).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (process.argv.includes('--build-only')) process.exit(0);

// Own process group: a terminal Ctrl-C reaches us once and we forward it once, so the API's
// shutdown (which stops PostgreSQL) is not interrupted by a second signal.
const app = spawn(process.execPath, [path.join(root, 'api/dist/api/src/main.js')], {
  cwd: root,
  stdio: 'inherit',
  detached: true,
  env: { ...process.env, PORT: process.env.PORT || '3000' },
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => app.kill(signal));
}
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const root = path.resolve(__dirname, '..');

/** Debian's chromium (no browser download: the network reaches npm and Debian only). */
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (candidate): candidate is string => !!candidate && fs.existsSync(candidate),
);

function freePort(): string {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const readPid = (file: string): number => Number.parseInt(fs.readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);

/**
 * Data folders of earlier runs: remove those whose PostgreSQL has stopped; ask a server whose
 * app process is gone (killed test run) to shut down, so the next run can remove its folder.
 */
function removeStaleDataDirs(): void {
  for (const name of fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('schaltplan-e2e-'))) {
    const dir = path.join(os.tmpdir(), name);
    const pidFile = path.join(dir, 'pg', 'postmaster.pid');
    const ownerFile = path.join(dir, 'pg', 'schaltplan-owner.pid');
    try {
      if (!fs.existsSync(pidFile)) fs.rmSync(dir, { recursive: true, force: true });
      else if (fs.existsSync(ownerFile) && !alive(readPid(ownerFile))) process.kill(readPid(pidFile), 'SIGINT');
    } catch {
      // Not ours to clean (another user's folder, or a server that just went away).
    }
  }
}

// The config is evaluated again in every worker: build once, settle ports and data folders once,
// in the main process, and hand them down through the environment.
if (!process.env.E2E_PORT) {
  removeStaleDataDirs();
  // Both servers run scripts/start.mjs; building first keeps them from building the same files at once.
  execFileSync(process.execPath, [path.join(root, 'scripts', 'start.mjs'), '--build-only'], {
    cwd: root,
    stdio: 'inherit',
  });
  process.env.E2E_PORT = freePort();
  process.env.E2E_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'schaltplan-e2e-'));
  process.env.E2E_READ_PORT = freePort();
  process.env.E2E_READ_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'schaltplan-e2e-'));
}
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;
const readBaseURL = `http://127.0.0.1:${process.env.E2E_READ_PORT}`;

/**
 * The axe matrix and specs that mostly read: a second lane beside the journeys, against a server
 * of its own with fresh demo data, so neither lane sees the other's writes. Each lane runs its
 * files one at a time in name order; the journeys keep theirs (some read what an earlier one wrote).
 * access-report reads too, but runs first among the journeys (by name), before any of them writes:
 * it evens out the two lanes, the matrix's being the longer. So does accessibility-signed-out (the
 * matrix's login pages), next by name and independent of any data.
 */
const READ_LANE = new RegExp(
  `/(${[
    'accessibility-matrix',
    'accounts-accessibility',
    'app-shell-mobile',
    'export-journey',
    'provisioning',
    'reports',
    'smoke',
  ].join('|')})\\.spec\\.ts$`,
);

/** The app from the built dist, with its own embedded PostgreSQL and fresh demo data. */
function server(name: string, port: string | undefined, dataDir: string | undefined) {
  return {
    name,
    command: 'node scripts/start.mjs',
    cwd: root,
    url: `http://127.0.0.1:${port}/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 15_000 },
    env: {
      PORT: port ?? '',
      SCHALTPLAN_DATA_DIR: dataDir ?? '',
      // The app must use its own embedded PostgreSQL with fresh demo data, not a developer's database.
      DATABASE_URL: '',
    },
  };
}

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  fullyParallel: false,
  // One worker per lane (project); E2E_WORKERS=1 runs the lanes one after the other.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: true,
  // Two lanes share two cores: a step that takes 20 s alone can take half as long again beside the other lane.
  timeout: 60_000,
  // Likewise for a server answer an assertion waits for (an import, a refetched list).
  expect: { timeout: 10_000 },
  // Signs each demo role in once per server; specs start from the stored session (tests/support/sessions.ts).
  globalSetup: path.join(__dirname, 'global-setup.ts'),
  use: {
    browserName: 'chromium',
    screenshot: 'only-on-failure',
    // Each test's fresh context would otherwise install the service worker, which fetches and
    // stores every file of the build. The specs of the offline technician page allow it.
    serviceWorkers: 'block',
    // Mantine skips its transitions then (theme: respectReducedMotion): no test waits for a
    // modal or a drawer to finish moving.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'journeys', testIgnore: READ_LANE, workers: 1, use: { baseURL } },
    { name: 'pages', testMatch: READ_LANE, workers: 1, use: { baseURL: readBaseURL } },
  ],
  webServer: [
    server('journeys', process.env.E2E_PORT, process.env.E2E_DATA_DIR),
    server('pages', process.env.E2E_READ_PORT, process.env.E2E_READ_DATA_DIR),
  ],
});

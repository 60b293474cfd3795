// The web app in headless Chromium, served by the bench's API process: how much JavaScript the
// first page costs, and how long the readiness board of the 50-location tenant takes to render.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { hash } from '@node-rs/argon2';
import { root } from './api-modules.mjs';

const require = createRequire(path.join(root, 'e2e/package.json'));
const { chromium } = require('playwright-core');

export const webDist = path.join(root, 'web/dist');
/** The board's table, by its (German) accessible name: the bench browser has no stored language. */
const BOARD_TABLE = 'table[aria-label="Standorte mit Umstellungstermin und Bereitschaft"]';
/** Quiet time after the last request before a page counts as idle (Playwright's networkidle uses 500 ms). */
const IDLE_MS = 500;
const TIMEOUT_MS = 60_000;

/** Debian's chromium, as in e2e/playwright.config.ts (CHROMIUM_PATH first). */
export function chromiumPath() {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (candidate) => candidate && fs.existsSync(candidate),
  );
  if (!found) throw new Error('no Chromium found: set CHROMIUM_PATH (the web scenarios run in headless Chromium)');
  return found;
}

export function assertWebBuilt() {
  if (!fs.existsSync(path.join(webDist, 'index.html')))
    throw new Error(`${path.relative(root, webDist)} is missing: build the web app (npm run build -w @schaltplan/web)`);
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** A project manager of just <tenantId>, with a password, for signing in through the login page. */
export async function createWebAccount(owner, tenantId) {
  const email = `bench-web-${Date.now()}@bench.example`;
  const password = 'bench-web-password-1234';
  const passwordHash = await hash(password, { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2 });
  const { rows } = await owner.query(
    `INSERT INTO account (email, display_name, role, password_hash) VALUES ($1, 'Bench Web', 'PROJECT_MANAGER', $2) RETURNING id`,
    [email, passwordHash],
  );
  await owner.query(`INSERT INTO account_tenant (account_id, tenant_id) VALUES ($1, $2)`, [rows[0].id, tenantId]);
  return { email, password };
}

/** Fresh context: empty cache, no service worker (its precache would fetch every chunk of the build). */
const newContext = (browser, baseUrl, storageState) =>
  browser.newContext({ baseURL: baseUrl, serviceWorkers: 'block', locale: 'de-DE', storageState });

/**
 * Every JavaScript response of the page (by content type, so module preloads and lazy chunks
 * count alike), with its body; and a wait for "idle": no request open for IDLE_MS.
 */
function trackPage(page) {
  const scripts = new Map();
  const pending = [];
  let open = 0;
  let lastActivity = Date.now();
  page.on('request', () => {
    open++;
    lastActivity = Date.now();
  });
  const done = () => {
    open--;
    lastActivity = Date.now();
  };
  page.on('requestfailed', done);
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        const type = response?.headers()['content-type'] ?? '';
        if (response && /javascript/.test(type) && !scripts.has(request.url()))
          scripts.set(request.url(), await response.body());
      })().finally(done),
    );
  });
  const idle = async () => {
    const started = Date.now();
    while (open > 0 || Date.now() - lastActivity < IDLE_MS) {
      if (Date.now() - started > TIMEOUT_MS) throw new Error(`the page did not become idle (${open} requests open)`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all(pending);
  };
  return { scripts, idle };
}

const sizes = (scripts) => {
  let raw = 0;
  let gzip = 0;
  for (const body of scripts.values()) {
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { count: scripts.size, raw, gzip };
};

/**
 * The login page, then signing in through its form until the start page is shown: the gzip size
 * of every script the browser fetched up to each idle point (bodies gzipped here, default level,
 * because the API serves them uncompressed).
 */
export async function measureInitialJs(browser, baseUrl, account) {
  const context = await newContext(browser, baseUrl);
  try {
    const page = await context.newPage();
    const { scripts, idle } = trackPage(page);
    await page.goto('/anmelden');
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor({ timeout: TIMEOUT_MS });
    await idle();
    const login = sizes(scripts);
    await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(account.email);
    await page.getByRole('textbox', { name: 'Passwort', exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/anmelden'), { timeout: TIMEOUT_MS });
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: TIMEOUT_MS });
    await page.locator('[data-testid="page-loading"]').waitFor({ state: 'detached', timeout: TIMEOUT_MS });
    await idle();
    const startHeading = (await page.getByRole('heading', { level: 1 }).textContent())?.trim();
    const names = [...scripts.keys()].map((url) => new URL(url).pathname.replace(/^\/assets\//, ''));
    return { login, total: sizes(scripts), startPath: new URL(page.url()).pathname, startHeading, names };
  } finally {
    await context.close();
  }
}

/** Signs in once through the API; the cookie goes into every board run's fresh context. */
async function signedInState(browser, baseUrl, account) {
  const context = await newContext(browser, baseUrl);
  try {
    const res = await context.request.post('/graphql', {
      data: {
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
        variables: { e: account.email, p: account.password },
      },
    });
    const body = await res.json();
    if (!body.data?.login?.id) throw new Error(`bench web login failed: ${JSON.stringify(body)}`);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/**
 * One board load in a fresh context (empty cache): navigation start → the frame in which the
 * board table shows `locations` rows and no loader (page or table) is left; the page's own clock
 * (performance.now() counts from navigation start), checked on every animation frame.
 */
async function boardRun(browser, baseUrl, state, locations) {
  const context = await newContext(browser, baseUrl, state);
  try {
    const page = await context.newPage();
    await page.goto('/umstellungsplan', { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      ({ table, expected }) => {
        // Runs in the page: the browser's document and clock.
        const { document, performance } = globalThis;
        const rows = document.querySelectorAll(`${table} tbody tr.mantine-datatable-row`);
        if (rows.length < expected) return false;
        if (document.querySelector('.mantine-Loader-root, [data-testid="page-loading"]')) return false;
        return { ms: performance.now(), rows: rows.length };
      },
      { table: BOARD_TABLE, expected: locations },
      { polling: 'raf', timeout: TIMEOUT_MS },
    );
    const result = await handle.jsonValue();
    if (result.rows !== locations) throw new Error(`the board shows ${result.rows} rows, expected ${locations}`);
    return result.ms;
  } finally {
    await context.close();
  }
}

/** One untimed warm-up load, then `runs` timed loads of the board. */
export async function measureBoardRender(browser, baseUrl, account, { locations, runs }) {
  const state = await signedInState(browser, baseUrl, account);
  await boardRun(browser, baseUrl, state, locations);
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await boardRun(browser, baseUrl, state, locations));
  return times;
}

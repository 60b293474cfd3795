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

/** A project manager of the given tenants, with a password, for signing in through the login page. */
export async function createWebAccount(owner, tenantIds) {
  const email = `bench-web-${Date.now()}@bench.example`;
  const password = 'bench-web-password-1234';
  const passwordHash = await hash(password, { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2 });
  const { rows } = await owner.query(
    `INSERT INTO account (email, display_name, role, password_hash) VALUES ($1, 'Bench Web', 'PROJECT_MANAGER', $2) RETURNING id`,
    [email, passwordHash],
  );
  for (const tenantId of tenantIds)
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

/** A fresh page load of `pathname` in its own context (empty cache); the page is shown once `ready` resolves. */
async function firstLoad(browser, baseUrl, storageState, pathname, ready) {
  const context = await newContext(browser, baseUrl, storageState);
  try {
    const page = await context.newPage();
    const { scripts, idle } = trackPage(page);
    await page.goto(pathname);
    await ready(page);
    await idle();
    return { page, context, scripts, idle };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** The page's heading is shown and no page is still loading its code. */
async function pageShown(page, name) {
  await page
    .getByRole('heading', name ? { level: 1, name } : { level: 1 })
    .first()
    .waitFor({ timeout: TIMEOUT_MS });
  await page.locator('[data-testid="page-loading"]').waitFor({ state: 'detached', timeout: TIMEOUT_MS });
}

const scriptNames = (scripts) => [...scripts.keys()].map((url) => new URL(url).pathname.replace(/^\/assets\//, ''));

/**
 * The JavaScript of the first page, in two fresh loads (empty cache), each until idle: the login
 * page without a session, and the start page with one. Then, in the first load's page, signing in
 * through the form and going on to the start page: what both pages together cost. Bodies are
 * gzipped here (default level) from their decoded bytes, so the figure does not depend on the
 * encoding the API chose (it sends precompressed brotli where the browser accepts it).
 */
export async function measureInitialJs(browser, baseUrl, account) {
  const first = await firstLoad(browser, baseUrl, undefined, '/', (page) => pageShown(page, 'Anmelden'));
  let loginThenStart;
  let loginPath;
  try {
    loginPath = new URL(first.page.url()).pathname;
    const login = sizes(first.scripts);
    await first.page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(account.email);
    await first.page.getByRole('textbox', { name: 'Passwort', exact: true }).fill(account.password);
    await first.page.getByRole('button', { name: 'Anmelden' }).click();
    await first.page.waitForURL((url) => !url.pathname.startsWith('/anmelden'), { timeout: TIMEOUT_MS });
    await pageShown(first.page, undefined);
    await first.idle();
    loginThenStart = { login, total: sizes(first.scripts) };
  } finally {
    await first.context.close();
  }
  const state = await signedInState(browser, baseUrl, account);
  const start = await firstLoad(browser, baseUrl, state, '/', (page) => pageShown(page, undefined));
  try {
    return {
      login: { ...loginThenStart.login, path: loginPath },
      start: {
        ...sizes(start.scripts),
        path: new URL(start.page.url()).pathname,
        heading: (await start.page.getByRole('heading', { level: 1 }).first().textContent())?.trim(),
      },
      loginThenStart: loginThenStart.total,
      names: scriptNames(start.scripts),
    };
  } finally {
    await start.context.close();
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
    const requests = graphqlTimes(page);
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
    return { ms: result.ms, requests: await requests() };
  } finally {
    await context.close();
  }
}

/**
 * One untimed warm-up load, then `runs` timed loads of the board. requests: the GraphQL
 * operations of the median run with their duration (request sent → response received, ms).
 */
export async function measureBoardRender(browser, baseUrl, account, { locations, runs }) {
  const state = await signedInState(browser, baseUrl, account);
  await boardRun(browser, baseUrl, state, locations);
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await boardRun(browser, baseUrl, state, locations));
  const sorted = [...results].sort((a, b) => a.ms - b.ms);
  return { times: results.map((r) => r.ms), requests: sorted[Math.floor(sorted.length / 2)].requests };
}

/** The page's GraphQL requests: operation name and duration; call the result once the page is done. */
function graphqlTimes(page) {
  const finished = [];
  page.on('requestfinished', (request) => {
    if (!request.url().endsWith('/graphql')) return;
    const name = request.postDataJSON()?.operationName ?? '?';
    const t = request.timing();
    finished.push({ name, ms: t.responseEnd });
  });
  return async () => finished.map((r) => `${r.name} ${r.ms.toFixed(0)} ms`).join(', ');
}

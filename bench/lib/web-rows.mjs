// Result rows of the web scenarios: web-initial-js and board-render-50-locations (bench/README.md).
import { withClient } from './database.mjs';
import { fmt } from './options.mjs';
import { median, row } from './report.mjs';
import { assertWebBuilt, createWebAccount, launchBrowser, measureBoardRender, measureInitialJs } from './web-pages.mjs';

const kB = (bytes) => bytes / 1000;

export async function webRows({ app, url, tenants, largest, runs, log }) {
  assertWebBuilt();
  const account = await withClient(url, (owner) =>
    createWebAccount(
      owner,
      tenants.map((t) => t.id),
    ),
  );
  const browser = await launchBrowser();
  try {
    const js = await measureInitialJs(browser, app.baseUrl, account);
    const page = (p) =>
      `${p.count} scripts, ${kB(p.gzip).toFixed(1)} kB gzip (${kB(p.raw).toFixed(0)} kB uncompressed)`;
    log(
      `web-initial-js: login page ${js.login.path}: ${page(js.login)}; start page ${js.start.path} ("${js.start.heading}"), signed in: ${page(js.start)}`,
    );
    log(`web-initial-js: login page, then signing in through its form to the start page: ${page(js.loginThenStart)}`);
    log(`web-initial-js scripts of the start page: ${js.names.join(', ')}`);
    const locations = tenants.reduce((n, t) => n + t.locations, 0);
    const { times, requests } = await measureBoardRender(browser, app.baseUrl, account, { locations, runs });
    log(`board-render-50-locations ms: ${fmt(times)}; GraphQL requests of the median run: ${requests}`);
    return [
      row({
        scenario: 'web-initial-js',
        value: kB(js.loginThenStart.gzip),
        unit: 'kB gzip',
        target: '<= 300',
        note: `headless Chromium, empty cache, no service worker: the login page, then signing in through its form to the start page ${js.start.path}, counting every script response until no request was open for 500 ms (${page(js.loginThenStart)}); decoded bodies gzipped by the bench at zlib's default level, whatever encoding the API sent (it sends its build's precompressed brotli files). Fresh loads alone: login page ${page(js.login)}; start page with a session ${page(js.start)}`,
      }),
      row({
        scenario: 'board-render-50-locations',
        value: median(times),
        unit: 'ms',
        target: '<= 1000',
        digits: 0,
        note: `a project manager of all ${tenants.length} tenants (${largest.name} and the demo tenants) opens /umstellungsplan in headless Chromium (empty cache, signed in): navigation start until all ${locations} location rows are in the table and no loader is left; median of ${runs} runs after one warm-up (${fmt(times)} ms); GraphQL requests of the median run: ${requests}`,
      }),
    ];
  } finally {
    await browser.close();
  }
}

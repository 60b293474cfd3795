// Result rows of the web scenarios: web-initial-js and board-render-50-locations (bench/README.md).
import { withClient } from './database.mjs';
import { fmt } from './options.mjs';
import { median, row } from './report.mjs';
import { assertWebBuilt, createWebAccount, launchBrowser, measureBoardRender, measureInitialJs } from './web-pages.mjs';

const kB = (bytes) => bytes / 1000;

export async function webRows({ app, url, largest, runs, log }) {
  assertWebBuilt();
  const account = await withClient(url, (owner) => createWebAccount(owner, largest.id));
  const browser = await launchBrowser();
  try {
    const js = await measureInitialJs(browser, app.baseUrl, account);
    log(
      `web-initial-js: login page ${js.login.count} scripts, ${kB(js.login.gzip).toFixed(1)} kB gzip; with the start page (${js.startPath}, "${js.startHeading}") ${js.total.count} scripts, ${kB(js.total.gzip).toFixed(1)} kB gzip (${kB(js.total.raw).toFixed(0)} kB uncompressed)`,
    );
    log(`web-initial-js scripts: ${js.names.join(', ')}`);
    const times = await measureBoardRender(browser, app.baseUrl, account, { locations: largest.locations, runs });
    log(`board-render-50-locations ms: ${fmt(times)}`);
    return [
      row({
        scenario: 'web-initial-js',
        value: kB(js.total.gzip),
        unit: 'kB gzip',
        target: '<= 300',
        note: `every script the browser fetched for the login page (${js.login.count} scripts, ${kB(js.login.gzip).toFixed(1)} kB) and, after signing in through its form, the start page ${js.startPath} (${js.total.count} scripts in all, ${kB(js.total.raw).toFixed(0)} kB uncompressed), each until no request was open for 500 ms; headless Chromium, empty cache, bodies gzipped at zlib's default level`,
      }),
      row({
        scenario: 'board-render-50-locations',
        value: median(times),
        unit: 'ms',
        target: '<= 1000',
        digits: 0,
        note: `a project manager of ${largest.name} opens /umstellungsplan in headless Chromium (empty cache, signed in): navigation start until all ${largest.locations} location rows are in the table and no loader is left; median of ${runs} runs after one warm-up (${fmt(times)} ms)`,
      }),
    ];
  } finally {
    await browser.close();
  }
}

// The bench drives the built API (CommonJS in api/dist) and its own pg: load both through
// require() from the API package, so the bench uses exactly the versions the app uses.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const apiMain = path.join(root, 'api/dist/api/src/main.js');

const require = createRequire(path.join(root, 'api/package.json'));
const dist = (p) => require(path.join(root, 'api/dist/api/src', p));

export const pg = require('pg');
export const { from: copyFrom } = require('pg-copy-streams');
export const loadApi = () => ({
  embedded: dist('database/embedded-postgres.js'),
  dataSource: dist('database/data-source.js'),
  demo: dist('demo/index.js'),
});
/** The service's tick statements (cutover-locks.ts, cutover-tick.sql.ts), for the raw baseline. */
export const tickSql = () => dist('cutover/cutover-tick.sql.js');

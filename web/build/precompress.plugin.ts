import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Writes `.br` and `.gz` next to every built JavaScript and CSS file, once at build time (best
 * compression), for the API to send with Content-Encoding (api/src/web-app). Written after the
 * bundle, so the service worker's precache list keeps the plain files only.
 */
export function precompress(): Plugin {
  return {
    name: 'schaltplan-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const files = Object.entries(bundle).filter(([name]) => /\.(js|css)$/.test(name));
      await Promise.all(
        files.map(async ([name, file]) => {
          const source = file.type === 'chunk' ? file.code : file.source;
          const buffer = typeof source === 'string' ? Buffer.from(source) : Buffer.from(source);
          const [br, gz] = await Promise.all([
            brotli(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
            gzipAsync(buffer, { level: 9 }),
          ]);
          await Promise.all([writeFile(join(dir, `${name}.br`), br), writeFile(join(dir, `${name}.gz`), gz)]);
        }),
      );
    },
  };
}

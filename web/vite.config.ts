import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { earlyRequests } from './build/early-requests.plugin.ts';
import { precompress } from './build/precompress.plugin.ts';
import { splitDocuments } from './build/split-documents.plugin.ts';

const domainEntry = fileURLToPath(new URL('../packages/domain/src/index.ts', import.meta.url));
const serviceWorkerSource = fileURLToPath(new URL('./src/service-worker/sw.js', import.meta.url));
const apiTarget = process.env.SCHALTPLAN_API_URL ?? 'http://127.0.0.1:3000';

/**
 * Emits /sw.js with this build's files to precache and a version derived from them, so a new
 * build installs a new cache and the old one is dropped (src/service-worker/sw.js).
 */
function serviceWorker(): Plugin {
  return {
    name: 'schaltplan-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => !name.endsWith('.map') && !name.endsWith('.html'))
        .sort()
        .map((name) => `/${name}`);
      const html = bundle['index.html'];
      const version = createHash('sha256')
        .update(files.join('\n'))
        .update(html?.type === 'asset' ? String(html.source) : '')
        .digest('hex')
        .slice(0, 16);
      const source = readFileSync(serviceWorkerSource, 'utf8')
        .replace('__SCHALTPLAN_SW_VERSION__', version)
        .replace('__SCHALTPLAN_SW_PRECACHE__', JSON.stringify(files));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig({
  plugins: [earlyRequests(), splitDocuments(), react(), serviceWorker(), precompress()],
  // The domain package is consumed as source so web needs no separate build step for it.
  resolve: { alias: { '@schaltplan/domain': domainEntry } },
  server: {
    host: '127.0.0.1',
    proxy: {
      // ws: subscriptions (graphql-ws) upgrade on the same path.
      '/graphql': { target: apiTarget, changeOrigin: true, ws: true },
      // Uploads (imports) and downloads (exports) go over plain HTTP.
      '/api': { target: apiTarget, changeOrigin: true },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});

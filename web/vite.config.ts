import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const domainEntry = fileURLToPath(new URL('../packages/domain/src/index.ts', import.meta.url));
const apiTarget = process.env.SCHALTPLAN_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
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

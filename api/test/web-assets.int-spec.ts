import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let base: string;
let webDist: string;
const script = `console.log(${JSON.stringify('Schaltplan '.repeat(200))});\n`;

beforeAll(async () => {
  // A web build as the Vite config writes it: hashed assets with .br and .gz next to them.
  webDist = mkdtempSync(join(tmpdir(), 'schaltplan-web-dist-'));
  mkdirSync(join(webDist, 'assets'));
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Schaltplan</title>');
  writeFileSync(join(webDist, 'assets', 'index-AbC123.js'), script);
  writeFileSync(join(webDist, 'assets', 'index-AbC123.js.br'), brotliCompressSync(script));
  writeFileSync(join(webDist, 'assets', 'index-AbC123.js.gz'), gzipSync(script));
  writeFileSync(join(webDist, 'assets', 'plain-XyZ789.js'), script);
  api = await startTestApp('web_assets', { webDist });
  base = api.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await api.close();
  rmSync(webDist, { recursive: true, force: true });
});

const get = (path: string, acceptEncoding: string) =>
  fetch(`${base}${path}`, { headers: { 'accept-encoding': acceptEncoding, accept: '*/*' } });

describe('the built web app is served compressed and cached', () => {
  it.each([
    ['br, gzip, deflate', 'br'],
    ['gzip', 'gzip'],
  ])('Accept-Encoding %s gets the precompressed %s file, immutable', async (accepted, encoding) => {
    const res = await get('/assets/index-AbC123.js', accepted);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe(encoding);
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(res.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // fetch decodes the body: the script itself arrives.
    expect(await res.text()).toBe(script);
  });

  it('a browser without compression gets the plain file, still immutable', async () => {
    const res = await get('/assets/index-AbC123.js', 'identity');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe(script);
  });

  it('an asset without precompressed files is served plain', async () => {
    const res = await get('/assets/plain-XyZ789.js', 'br, gzip');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toBe(script);
  });

  it('the page itself (SPA routes) is not cached as immutable', async () => {
    const res = await fetch(`${base}/verwaltungen/irgendwas`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Schaltplan</title>');
    expect(res.headers.get('cache-control') ?? '').not.toMatch(/immutable/);
  });
});

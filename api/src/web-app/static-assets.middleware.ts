import { existsSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** Built files under /assets/ carry a content hash in their name: they never change. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Files the web build writes precompressed next to the original (web/build/precompress.plugin.ts). */
const ENCODINGS: Record<string, string> = { br: '.br', gzip: '.gz' };
const ASSET_NAME = /^\/assets\/[\w.-]+\.(js|css)$/;

/** Cache headers of the plain static serving: hashed assets forever, the rest as configured. */
export function assetCacheHeaders(webDist: string) {
  const assets = join(webDist, 'assets') + sep;
  return (res: Response, path: string): void => {
    if (path.startsWith(assets)) res.setHeader('Cache-Control', IMMUTABLE);
  };
}

/**
 * Serves the web build's JavaScript and CSS as the precompressed .br or .gz file the browser
 * accepts (Content-Encoding, Vary), so the first page does not travel uncompressed; anything
 * else (or no precompressed file) falls through to the plain static serving.
 */
export function precompressedAssets(webDist: string) {
  // The build does not change while the process runs: a file found once is not looked up again.
  // Only hits are kept, so requests for made-up names cannot grow the set.
  const present = new Set<string>();
  const exists = (file: string): boolean => {
    if (present.has(file)) return true;
    if (!existsSync(file)) return false;
    present.add(file);
    return true;
  };
  return (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !ASSET_NAME.test(req.path)) return next();
    const accepted = req.acceptsEncodings('br', 'gzip');
    const suffix = typeof accepted === 'string' ? ENCODINGS[accepted] : undefined;
    const file = suffix && join(webDist, `${req.path}${suffix}`);
    if (!suffix || !file || !exists(file)) return next();
    res.setHeader('Content-Encoding', String(accepted));
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', IMMUTABLE);
    res.type(extname(req.path));
    res.sendFile(file, { cacheControl: false }, (error) => {
      if (error && !res.headersSent) next(error);
    });
  };
}

// Where the system Chromium is (no Playwright browser download: the network reaches npm and Debian only).
import fs from 'node:fs';

export function chromiumPath() {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

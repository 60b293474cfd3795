import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Text of a PDF as poppler's pdftotext reads it (layout kept, so table rows stay on one line). */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], {
    input: pdf,
    maxBuffer: 64 << 20,
  }).toString('utf8');
}

/** Number of pages (pdfinfo). */
export function pdfPages(pdf: Buffer): number {
  const info = execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8');
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** Renders one page to a PNG (pdftoppm), e.g. to look at it; returns the PNG's bytes. */
export function pdfPagePng(pdf: Buffer, page = 1, dpi = 60): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'schaltplan-pdf-'));
  try {
    const input = join(dir, 'in.pdf');
    writeFileSync(input, pdf);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      input,
      join(dir, 'page'),
    ]);
    return readFileSync(join(dir, 'page.png'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

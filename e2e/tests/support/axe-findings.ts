import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page, type TestInfo } from '@playwright/test';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The axe-core build that @axe-core/playwright itself injects. */
const AXE_SOURCE = fs.readFileSync(
  require.resolve('axe-core/axe.min.js', { paths: [path.dirname(require.resolve('@axe-core/playwright'))] }),
  'utf8',
);

export interface AxeReport {
  /** Serious and critical findings: must be none. */
  blocking: string[];
  /** Minor and moderate findings: reported, not failed on. */
  other: string[];
}

interface AxeResult {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: string[] }[] }[];
}

export interface AxeOptions {
  /** Only inside this element (CSS selector). */
  include?: string;
  /** Rules left out of this run (checked elsewhere on the same elements). */
  skipRules?: readonly string[];
}

/**
 * WCAG 2.1 A/AA findings of axe on the current page, split by impact. axe is injected once per
 * document and run in place: AxeBuilder.analyze() injects it anew and opens a helper page for
 * every call, which costs more than the check itself in a single-page app.
 */
export async function axeReport(page: Page, options: AxeOptions = {}): Promise<AxeReport> {
  const injected = await page.evaluate(() => 'axe' in globalThis);
  if (!injected) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    ([tags, include, skip]) => {
      const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } })
        .axe;
      const context = include ? { include: [include] } : (globalThis as unknown as { document: unknown }).document;
      return axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(skip.map((rule) => [rule, { enabled: false }])),
        resultTypes: ['violations'],
      });
    },
    [WCAG_21_AA, options.include ?? '', options.skipRules ?? []] as const,
  );
  const report: AxeReport = { blocking: [], other: [] };
  for (const v of result.violations) {
    const line = `${v.impact ?? 'unknown'} ${v.id}: ${v.help} (${v.nodes
      .map((n) => n.target.join(' '))
      .slice(0, 3)
      .join(', ')})`;
    (v.impact === 'serious' || v.impact === 'critical' ? report.blocking : report.other).push(line);
  }
  return report;
}

/** Every WCAG 2.1 A/AA finding of axe on the current page (none expected), with the first few elements each. */
export async function axeFindings(page: Page, include?: string): Promise<string[]> {
  const { blocking, other } = await axeReport(page, { include });
  return [...blocking, ...other];
}

/**
 * The matrix's check: serious/critical findings fail the page (soft, so one run lists them all);
 * lesser ones and axe's time are reported as annotations.
 */
export async function checkPage(page: Page, testInfo: TestInfo, name: string, options: AxeOptions = {}): Promise<void> {
  const started = Date.now();
  const { blocking, other } = await axeReport(page, options);
  testInfo.annotations.push({ type: 'axe ms', description: `${name}: ${Date.now() - started}` });
  for (const finding of other)
    testInfo.annotations.push({ type: 'axe (minor/moderate)', description: `${name}: ${finding}` });
  expect.soft(blocking, `${name} (${page.url()})`).toEqual([]);
}

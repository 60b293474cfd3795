import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './support/sign-in';

const COMMENT = `Drucker im 2. OG fehlt (${Date.now() % 100000})`;

async function axeFindings(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return axe.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

// Issue 5: the coordinator confirms a department and rejects one person; the project manager sees the task.
test('coordinator confirms a department and rejects one person; the project manager sees the rejection', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signIn(coordinator, DEMO.coordinator);
  await coordinator.goto('/');
  await coordinator.getByRole('link', { name: 'Amt Musterland' }).click();
  await coordinator.getByRole('link', { name: 'Was ist noch zu tun?' }).first().click();
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Was ist noch zu tun?' })).toBeVisible();
  await coordinator.getByRole('navigation').getByRole('link', { name: 'Bestätigungen' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Bestätigungen' })).toBeVisible();

  // One department: pick the first one offered.
  await coordinator.getByRole('combobox', { name: 'Abteilung' }).click();
  const option = coordinator.getByRole('option').first();
  const department = (await option.textContent())?.trim() ?? '';
  await option.click();
  await expect(coordinator).toHaveURL(/abteilung=/);
  const table = coordinator.getByRole('table', { name: 'Personen mit ihren Zuordnungen zur Bestätigung' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await coordinator.waitForLoadState('networkidle');
  await coordinator.screenshot({ path: testInfo.outputPath('1-department-before.png'), fullPage: true });
  expect(await axeFindings(coordinator)).toEqual([]);

  await coordinator.getByRole('button', { name: /Alle angezeigten bestätigen/ }).click();
  await expect(coordinator.getByText(/(Person ist|Personen sind) bestätigt/)).toBeVisible();
  await expect(table.getByText('Noch nicht bestätigt')).toHaveCount(0);
  await expect(table.getByText('Bestätigt', { exact: true }).first()).toBeVisible();
  await coordinator.waitForLoadState('networkidle');
  await coordinator.screenshot({ path: testInfo.outputPath('2-department-confirmed.png'), fullPage: true });

  // Reject the first person of the department with a comment; an empty comment is refused.
  const firstRow = table.getByRole('row').nth(1);
  const rejectButton = firstRow.getByRole('button', { name: /ablehnen$/ });
  const name = ((await rejectButton.getAttribute('aria-label')) ?? '').replace(/ ablehnen$/, '');
  await rejectButton.click();
  const dialog = coordinator.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Ablehnen' }).click();
  await expect(dialog.getByText('Bitte schreiben Sie kurz, was nicht stimmt.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Was stimmt nicht?' }).fill(COMMENT);
  await coordinator.screenshot({ path: testInfo.outputPath('3-reject-dialog.png') });
  await dialog.getByRole('button', { name: 'Ablehnen' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByText(`„${COMMENT}“`)).toBeVisible();
  await expect(table.getByText('Abgelehnt', { exact: true })).toBeVisible();
  await coordinator.waitForLoadState('networkidle');
  await coordinator.screenshot({ path: testInfo.outputPath('4-after-reject.png'), fullPage: true });
  await coordinatorContext.close();

  // The project manager sees the rejection as a task of Amt Musterland.
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, DEMO.projectManager);
  await manager.goto('/');
  await manager.getByRole('link', { name: 'Amt Musterland' }).click();
  await manager.getByRole('navigation').getByRole('link', { name: 'Was ist noch zu tun?' }).click();
  const tasks = manager.getByRole('list', { name: /Ablehnung(en)? offen/ });
  await expect(tasks.getByText(`„${COMMENT}“`)).toBeVisible();
  await expect(tasks.getByText(name, { exact: false }).first()).toBeVisible();
  expect(department).not.toBe('');
  await manager.waitForLoadState('networkidle');
  await manager.screenshot({ path: testInfo.outputPath('5-manager-tasks.png'), fullPage: true });
  expect(await axeFindings(manager)).toEqual([]);
  await managerContext.close();
});

import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './support/screenshot';
import { axeFindings } from './support/axe-findings';
import { DEMO, signIn } from './support/sign-in';

/** A Standort of Amt Musterland's demo data (api/src/demo/demo-tenants.ts). */
const LOCATION = 'Amtsverwaltung (Rathaus)';
const HEADER = 'Benutzername;Vorname;Nachname;Abteilung;Standort;E-Mail';

/** Unique account names, so the test never meets persons of an earlier run. */
const tag = `${Date.now() % 100000}`;
const rows = (email: string, location: string) => [
  `imp${tag}.aermel;Anna;Ärmel;Bauamt;${LOCATION};anna.aermel@amt-musterland.de`,
  `imp${tag}.baecker;Bernd;Bäcker;Kasse;${LOCATION};${email}`,
  `imp${tag}.oeztuerk;Clara;Öztürk;Ordnungsamt;${location};clara.oeztuerk@amt-musterland.de`,
];

/** Like German Excel saves a CSV: semicolons, Windows-1252 (latin1 covers these umlauts), CRLF. */
function germanExcelCsv(lines: string[]): Buffer {
  return Buffer.from([HEADER, ...lines].join('\r\n') + '\r\n', 'latin1');
}

const violations = (page: Page) => axeFindings(page);

async function choose(page: Page, select: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: select }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function uploadAndCheck(page: Page, name: string, body: Buffer): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: body });
  await expect(page.getByText(`Hochgeladen: ${name}`)).toBeVisible();
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Schritt 2 von 4/ })).toBeVisible();
  // The mapping came from the German headers (and survives a re-upload).
  await expect(page.getByRole('combobox', { name: 'Feld für die Spalte „E-Mail“' })).toHaveValue('E-Mail');
  await expect(page.getByRole('combobox', { name: 'Feld für die Spalte „Standort“' })).toHaveValue('Standort');
}

test('a coordinator imports persons: errors by row, fix, re-upload, dry run, commit, see them', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.coordinator);
  await page.goto('/');
  await page.getByRole('link', { name: 'Amt Musterland' }).click();
  await page.getByRole('navigation', { name: 'Bereiche der Verwaltung' }).getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();

  // Step 1: target and a file with two mistakes.
  await page.getByRole('radio', { name: 'Personen', exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Personen', exact: true })).toBeChecked();
  await screenshot(page, testInfo, 'import-1-target');
  await uploadAndCheck(
    page,
    'personal.csv',
    germanExcelCsv(rows('bernd.baecker(at)amt-musterland', 'Rathaus Atlantis')),
  );
  // Detected: semicolon, Windows-1252; the preview shows the umlauts intact.
  await expect(page.getByRole('combobox', { name: 'Trennzeichen' })).toHaveValue('Semikolon ( ; )');
  await expect(page.getByRole('combobox', { name: 'Zeichenkodierung' })).toHaveValue(/Windows-1252/);
  await expect(page.getByRole('table', { name: /Vorschau/ }).getByRole('cell', { name: 'Ärmel' })).toBeVisible();
  await screenshot(page, testInfo, 'import-2-columns');
  expect(await violations(page)).toEqual([]);
  // A choice of the user (leave out Abteilung) must survive the re-upload below.
  await choose(page, 'Feld für die Spalte „Abteilung“', 'nicht übernehmen');

  // Step 3: the dry run lists both problems by row (as the spreadsheet counts) and column.
  await page.getByRole('button', { name: 'Weiter: Datei prüfen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Zeilen mit Fehlern: 2' })).toBeVisible();
  await expect(page.getByText('Bitte korrigieren Sie die Datei und laden Sie sie erneut hoch.')).toBeVisible();
  const errors = page.getByRole('table', { name: 'Fehler in der Datei' });
  await expect(errors.getByRole('row').filter({ hasText: 'E-Mail' })).toContainText('3');
  await expect(errors.getByRole('row').filter({ hasText: 'Standort' })).toContainText('4');
  await expect(page.getByRole('button', { name: 'Weiter: Übernehmen' })).toBeDisabled();
  await screenshot(page, testInfo, 'import-3-errors');
  expect(await violations(page)).toEqual([]);

  // Fix the file and upload it again: target and mapping are kept.
  await page.getByRole('button', { name: 'Korrigierte Datei hochladen' }).click();
  await expect(page.getByRole('radio', { name: 'Personen', exact: true })).toBeChecked();
  await uploadAndCheck(
    page,
    'personal-korrigiert.csv',
    germanExcelCsv(rows('bernd.baecker@amt-musterland.de', 'Bürgerbüro Beispielhagen')),
  );
  const department = page.getByRole('combobox', { name: 'Feld für die Spalte „Abteilung“' });
  await expect(department).toHaveValue('nicht übernehmen');
  await choose(page, 'Feld für die Spalte „Abteilung“', 'Abteilung');
  await expect(department).toHaveValue('Abteilung');
  // Save the mapping for next time.
  await page.getByRole('textbox', { name: 'Name für diese Zuordnung' }).fill('Personal-Export');
  await page.getByRole('button', { name: 'Zuordnung speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: '„Personal-Export“ wurde gespeichert' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Gespeicherte Zuordnung' })).toHaveValue('Personal-Export');
  await page.getByRole('button', { name: 'Weiter: Datei prüfen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Keine Fehler gefunden' })).toBeVisible();
  const newCount = page.getByRole('listitem').filter({ hasText: /^3neu$/ });
  await expect(newCount).toBeVisible();
  await expect(page.getByRole('table', { name: 'Neue und geänderte Einträge' })).toContainText(`imp${tag}.baecker`);
  await screenshot(page, testInfo, 'import-4-clean');

  // Step 4: commit.
  await page.getByRole('button', { name: 'Weiter: Übernehmen' }).click();
  await page.getByRole('button', { name: 'Jetzt übernehmen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Die Daten wurden übernommen' })).toBeVisible();
  await screenshot(page, testInfo, 'import-5-committed');
  expect(await violations(page)).toEqual([]);

  // The new persons are in the list, umlauts intact.
  await page.getByRole('link', { name: 'Zur Liste: Personen' }).click();
  await page.getByRole('searchbox', { name: 'Suchen' }).fill(`imp${tag}`);
  const persons = page.getByRole('table', { name: 'Personen' });
  await expect(persons.getByRole('row')).toHaveCount(4);
  await expect(persons).toContainText('Ärmel');
  await expect(persons).toContainText('Öztürk');
  await screenshot(page, testInfo, 'import-6-persons');

  // The history names the commit with its file.
  await page.goto(page.url().replace(/\/personen.*$/, '/import/verlauf'));
  const history = page.getByRole('table', { name: 'Importverlauf' });
  await expect(history.getByRole('row').filter({ hasText: 'Übernahme' }).first()).toContainText(
    'personal-korrigiert.csv',
  );
  await screenshot(page, testInfo, 'import-7-history');
});

test('in English the wizard and the reasons of the dry run are English', async ({ page }, testInfo) => {
  // A string: the e2e project has no DOM types.
  await page.addInitScript("window.localStorage.setItem('schaltplan.language', 'en')");
  await signIn(page, DEMO.coordinator);
  await page.goto('/');
  await page.getByRole('link', { name: 'Amt Musterland' }).click();
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
  await page.getByRole('radio', { name: 'Persons', exact: true }).click();
  const body = germanExcelCsv(rows('no-mail', 'Rathaus Atlantis'));
  await page.locator('input[type="file"]').setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: body });
  await expect(page.getByText('Uploaded: staff.csv')).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Field for the column “E-Mail”' })).toHaveValue('E-mail');
  await page.getByRole('button', { name: 'Next: check the file' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Rows with errors: 2' })).toBeVisible();
  const errors = page.getByRole('table', { name: 'Errors in the file' });
  await expect(errors).toContainText('"no-mail" is not a valid e-mail address.');
  await expect(errors).toContainText('This Verwaltung has no location "Rathaus Atlantis".');
  await screenshot(page, testInfo, 'import-en-errors');
  expect(await violations(page)).toEqual([]);
});

test('printers without a Standort column take the "Standort für alle Zeilen"; junk files are refused plainly', async ({
  page,
}, testInfo) => {
  await signIn(page, DEMO.coordinator);
  await page.goto('/');
  await page.getByRole('link', { name: 'Amt Musterland' }).click();
  await page.getByRole('link', { name: 'Import', exact: true }).click();

  // Binary junk renamed .csv: the wizard says so and offers another file.
  await page.getByRole('radio', { name: 'Drucker', exact: true }).click();
  const junk = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256));
  await page.locator('input[type="file"]').setInputFiles({ name: 'kaputt.csv', mimeType: 'text/csv', buffer: junk });
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Diese Datei kann nicht gelesen werden' })).toBeVisible();
  await screenshot(page, testInfo, 'import-junk-file');
  await page.getByRole('button', { name: 'Andere Datei wählen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Schritt 1 von 4/ })).toBeVisible();

  // A print-server list without Standort: the wizard asks for one location for all rows.
  const csv = `Druckername;Modell;Raum\r\nDR-IMP-${tag}-1;HP LaserJet M507;1.12\r\nDR-IMP-${tag}-2;Kyocera TASKalfa 3554ci;2.04\r\n`;
  const file = { name: 'drucker.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Bitte ordnen Sie eine Spalte zu für: Standort' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Weiter: Datei prüfen' })).toBeDisabled();
  await choose(page, 'Standort für alle Zeilen', LOCATION);
  await page.getByRole('button', { name: 'Weiter: Datei prüfen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Keine Fehler gefunden' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^2neu$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Weiter: Übernehmen' }).click();
  await page.getByRole('button', { name: 'Jetzt übernehmen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Die Daten wurden übernommen' })).toBeVisible();
  await page.getByRole('link', { name: 'Zur Liste: Drucker' }).click();
  await page.getByRole('searchbox', { name: 'Suchen' }).fill(`DR-IMP-${tag}`);
  const printers = page.getByRole('table', { name: 'Drucker' });
  await expect(printers.getByRole('row')).toHaveCount(3);
  await expect(printers).toContainText(LOCATION);
  await screenshot(page, testInfo, 'printers-imported');
});

test('read-only accounts see no Import entry, and the import URL says "Keine Berechtigung"', async ({ page }) => {
  await signIn(page, DEMO.viewer);
  await page.goto('/');
  await page.getByRole('link', { name: 'Amt Musterland' }).click();
  const sections = page.getByRole('navigation', { name: 'Bereiche der Verwaltung' });
  await expect(sections.getByRole('link', { name: 'Änderungen' })).toBeVisible();
  await expect(sections.getByRole('link', { name: 'Import' })).toHaveCount(0);
  await page.goto(`${new URL(page.url()).pathname}/import`);
  await expect(page.getByRole('heading', { name: 'Keine Berechtigung' })).toBeVisible();
});

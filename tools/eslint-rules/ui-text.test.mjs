// Tests of the hard-coded UI text checks: our no-literal-ui-text rule and eslint-plugin-i18next's
// no-literal-string with the options eslint.config.mjs gives it. Also run from rules.test.mjs.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { ESLint, RuleTester } from 'eslint';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';
import noLiteralUiText from './no-literal-ui-text.mjs';
import { I18NEXT_OPTIONS } from './ui-text.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.afterAll = after;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const filename = '/repo/web/src/features/printers/components/printer-list-page.tsx';

describe('schaltplan/no-literal-ui-text', () => {
  const ok = (code) => ({ code, filename });
  const bad = (code, ...texts) => ({
    code,
    filename,
    errors: texts.map((text) => ({ message: new RegExp(`^Hard-coded UI text ${escape(text)} in `) })),
  });
  const badCount = (code, count) => ({ code, filename, errors: count });

  tester.run('no-literal-ui-text', noLiteralUiText, {
    valid: [
      ok("const columns = [{ accessor: 'name', title: t('printers.fields.name'), sortable: true }];"),
      ok("notifySuccess(t('common.saved', { name }));"),
      ok("notifyError(errorText(error), t('errors.notSaved'));"),
      ok("usePageTitle(printer ? `${t('printers.one')} ${printer.name}` : t('printers.one'));"),
      ok("document.title = title ? t('shell.pageTitle', { title }) : t('shell.appName');"),
      // Technical values under other names, and text without a letter.
      ok("const options = { fetchPolicy: 'cache-and-network', variant: 'light', color: 'red.9' };"),
      ok("const props = { 'aria-labelledby': 'wave-heading', 'data-testid': 'live-indicator' };"),
      ok("const cell = { title: '—', label: '42 %', message: `${done} / ${total}` };"),
      ok('const data = ROLES.map((value) => ({ value, label: t(`roles.${value}`) }));'),
      ok("const x = { [label]: 'Drucker' };"),
      ok("type Column = { title: 'Name' };"),
    ],
    invalid: [
      bad("const columns = [{ accessor: 'name', title: 'Name' }];", "'Name'"),
      bad("const data = [{ value: 'ADMIN', label: 'Administration' }];", "'Administration'"),
      bad("const data = { label: active ? 'Aktiv' : 'Inaktiv' };", "'Aktiv'", "'Inaktiv'"),
      bad("const p = { placeholder: name ?? 'Max Mustermann' };", "'Max Mustermann'"),
      bad("const p = { 'aria-label': 'Schließen' };", "'Schließen'"),
      bad("const p = { noRecordsText: 'Keine Einträge', confirmLabel: 'Löschen' };", "'Keine Einträge'", "'Löschen'"),
      bad('notifications.show({ title: `Fehler bei ${name}`, message: String(error) });', '`Fehler bei ${name}`'),
      bad("notifySuccess('Gespeichert');", "'Gespeichert'"),
      bad('notifyError(message, `Nicht gespeichert: ${name}`);', '`Nicht gespeichert: ${name}`'),
      bad("usePageTitle('Drucker');", "'Drucker'"),
      bad("document.title = 'Schaltplan';", "'Schaltplan'"),
      bad("const o = { label: 'Speichern' as const };", "'Speichern'"),
      badCount("window.alert('Bitte neu laden'); confirm('Wirklich löschen?');", 2),
    ],
  });
});

describe('i18next/no-literal-string with the web app options', () => {
  const rule = i18next.rules['no-literal-string'];
  const options = [I18NEXT_OPTIONS];
  const ok = (code) => ({ code, filename, options });
  const bad = (code, count) => ({ code, filename, options, errors: count });

  tester.run('no-literal-string', rule, {
    valid: [
      ok('const x = <Text c="dimmed" size="sm">{t(\'printers.intro\')}</Text>;'),
      ok('const x = <Box className="row" data-testid="template-step" component="ol" id="steps" />;'),
      ok('const x = <Anchor component={Link} to="/verwaltungen">{tenant.name}</Anchor>;'),
      ok(
        'const x = <Button variant="light" aria-labelledby="wave-heading" onClick={() => setParam(\'status\', v)}>{t(\'actions.save\')}</Button>;',
      ),
      ok('const x = <span aria-hidden>✕</span>;'),
      ok('const x = <Text>{done} / {total} – {percent} %</Text>;'),
      ok('const x = <Text>CSV</Text>;'),
      ok("const x = <TextInput label={t('printers.fields.name')} {...form.getInputProps('name')} />;"),
      ok('const x = <Trans i18nKey="plan.hint">Fallback</Trans>;'),
      ok('const x = <Text>{new Date(`${day}T00:00:00Z`).getDay()}</Text>;'),
    ],
    invalid: [
      bad('const x = <Text>Speichern</Text>;', 1),
      bad('const x = <Anchor component={Link} to="/">Schaltplan</Anchor>;', 1),
      bad("const x = <Text>{'Hallo'}</Text>;", 1),
      bad("const x = <Button>{other === 'en' ? 'English' : 'Deutsch'}</Button>;", 2),
      bad('const x = <CloseButton aria-label="Schließen" />;', 1),
      bad('const x = <TextInput label="Name" placeholder="Max Mustermann" description="Pflichtfeld" />;', 3),
      bad('const x = <img alt="Logo der Verwaltung" src={logo} />;', 1),
      bad("const x = <Tooltip label={open ? 'Zuklappen' : 'Aufklappen'}><span /></Tooltip>;", 2),
      bad('const x = <DataTable noRecordsText="Keine Einträge" records={rows} />;', 1),
      bad('const x = <Modal opened title={`Schritt ${step}`} onClose={close} />;', 1),
      bad('const x = <Button title="Mehr anzeigen" aria-label="Mehr" />;', 2),
    ],
  });
});

describe('eslint.config.mjs wiring of the UI text checks', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const eslint = new ESLint({ cwd: root });
  const ruleIds = async (code, filePath) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
    assert.deepEqual(
      result.messages.filter((m) => m.fatal),
      [],
      `${filePath} failed to parse`,
    );
    return result.messages.map((m) => m.ruleId);
  };

  it('reports hard-coded text in the web app’s JSX and notifications', async () => {
    const code = `import { Text } from '@mantine/core';
      import { notifySuccess } from '../lib/notify';
      export function Probe() { notifySuccess('Gespeichert'); return <Text title="Hinweis">Speichern</Text>; }\n`;
    const ids = await ruleIds(code, 'web/src/components/edit-button.tsx');
    assert.equal(ids.filter((id) => id === 'i18next/no-literal-string').length, 2, ids.join(', '));
    assert.ok(ids.includes('schaltplan/no-literal-ui-text'), ids.join(', '));
  });

  it('leaves the API alone', async () => {
    const code = "export const title = { title: 'Schaltplan' };\n";
    const ids = await ruleIds(code, 'api/src/main.ts');
    assert.ok(!ids.includes('schaltplan/no-literal-ui-text'), ids.join(', '));
  });
});

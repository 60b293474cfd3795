/**
 * What counts as user-facing text in the web app, shared by eslint.config.mjs and the rule tests:
 * the names of JSX attributes and object properties whose string value reaches the user.
 * Full-match regular expression sources.
 */
export const UI_TEXT_NAMES = [
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
  'aria-placeholder',
  'alt',
  'title',
  'label',
  'placeholder',
  'description',
  'error',
  'message',
  'caption',
  'legend',
  'tooltip',
  'subject',
  'heading',
  'hint',
  // Mantine and mantine-datatable props such as confirmLabel, noRecordsText, nothingFoundMessage.
  '[a-z][A-Za-z]*(Label|Text|Message|Title|Description|Placeholder)',
];

/** Functions whose string arguments are shown to the user. */
export const UI_TEXT_CALLEES = ['notifySuccess', 'notifyError', 'usePageTitle', 'alert', 'confirm', 'prompt'];

/** Options for eslint-plugin-i18next's no-literal-string: JSX text, and JSX attributes that carry text. */
export const I18NEXT_OPTIONS = {
  mode: 'jsx-only',
  'jsx-attributes': { include: UI_TEXT_NAMES },
  'jsx-components': { exclude: ['Trans'] },
  // Text without a letter (numbers, punctuation, symbols such as ✓) and all-caps codes need no translation.
  words: { exclude: ['[^A-Za-z\u00C0-\u024F]*', '[A-Z0-9_-]+'] },
  // The plugin's own list plus calls whose string arguments are technical: dates, permissions, form paths.
  callees: {
    exclude: [
      ...['i18n(ext)?', 't', 'require', 'addEventListener', 'removeEventListener', 'postMessage', 'getElementById'],
      ...['dispatch', 'commit', 'includes', 'indexOf', 'endsWith', 'startsWith'],
      ...['Date', 'can', 'getInputProps'],
    ],
  },
  'should-validate-template': true,
  message: 'Hard-coded UI text: add it to web/src/i18n/de.json and en.json and use t()',
};

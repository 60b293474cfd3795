import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from '../i18n/de.json';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'schaltplan.language';

function storedLanguage(): Language {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'de';
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'de';
}

/**
 * English is loaded only when asked for (German is the default and ships with the first page).
 * Typing it as `typeof de` makes a missing English key a compile error.
 */
async function loadLanguage(language: Language): Promise<void> {
  if (language !== 'en' || i18n.hasResourceBundle('en', 'translation')) return;
  const en: typeof de = (await import('../i18n/en.json')).default;
  i18n.addResourceBundle('en', 'translation', en);
}

export function setLanguage(language: Language): void {
  window.localStorage.setItem(STORAGE_KEY, language);
  void loadLanguage(language).then(() => i18n.changeLanguage(language));
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { de: { translation: de } },
  lng: 'de',
  fallbackLng: 'de',
  interpolation: { escapeValue: false },
  returnNull: false,
  // English is added later (loadLanguage); only the language in use must be present.
  partialBundledLanguages: true,
});
document.documentElement.lang = 'de';

/** Resolves once the stored language can be shown; main.tsx renders after it. */
export const i18nReady: Promise<void> = (async () => {
  const language = storedLanguage();
  if (language === 'de') return;
  try {
    await loadLanguage(language);
    await i18n.changeLanguage(language);
  } catch {
    // The English file could not be loaded (offline, new deployment): German it is.
  }
})();

export { i18n };

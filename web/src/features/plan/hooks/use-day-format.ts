import { useTranslation } from 'react-i18next';

// One formatter per language: building one costs more than formatting with it, and pages format
// many days per render.
const formats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: string): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format;
}

/** Calendar days (YYYY-MM-DD) in the UI language; read as UTC so no time zone shifts the day. */
export function useDayFormat(): (day: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const format = dayFormat(i18n.language === 'en' ? 'en-GB' : 'de-DE');
  return (day) => (day ? format.format(new Date(`${day}T00:00:00Z`)) : '');
}

import { useTranslation } from 'react-i18next';

/** Calendar days (YYYY-MM-DD) in the UI language; read as UTC so no time zone shifts the day. */
export function useDayFormat(): (day: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'de-DE';
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return (day) => (day ? format.format(new Date(`${day}T00:00:00Z`)) : '');
}

import { useTranslation } from 'react-i18next';

/** Locale-aware number and date formatting (German: 1.234 inhabitants, 24.12.2025). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'de-DE';
  return {
    number: (value: number | null | undefined) =>
      value === null || value === undefined ? '' : new Intl.NumberFormat(locale).format(value),
    /** A calendar day (YYYY-MM-DD), read as local midnight so it never shifts by a day. */
    day: (value: string | null | undefined) =>
      value ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(`${value}T00:00:00`)) : '',
    dateTime: (value: string | null | undefined) =>
      value ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value)) : '',
  };
}

import type { LabelMap } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';

/** Returns a function that renders a domain enum value in the current UI language. */
export function useEnumLabel(): <T extends string>(labels: LabelMap<T>, value: T | null | undefined) => string {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  return (labels, value) => (value ? labels[value][language] : '');
}

/** Select options for a domain enum, in the current UI language. */
export function useEnumOptions<T extends string>(labels: LabelMap<T>): { value: T; label: string }[] {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value][language] }));
}

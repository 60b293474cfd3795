import { IMPORT_SPECS, IMPORT_TARGET_LABELS, type ImportTarget } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';

/** A reason the server gives in both languages. */
interface Bilingual {
  message: string;
  messageEn: string;
}

/** Target and field names from the shared column specs, and server reasons, in the UI language. */
export function useImportLabels() {
  const { i18n } = useTranslation();
  const language: 'de' | 'en' = i18n.language === 'en' ? 'en' : 'de';
  return {
    language,
    target: (target: ImportTarget) => IMPORT_TARGET_LABELS[target][language],
    field: (target: ImportTarget, field: string) =>
      IMPORT_SPECS[target].columns.find((c) => c.field === field)?.label[language] ?? field,
    reason: (problem: Bilingual) => (language === 'en' ? problem.messageEn : problem.message),
  };
}

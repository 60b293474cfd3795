import { useForm } from '@mantine/form';
import { ISO_DATE_PATTERN, LIMITS, type TestResult } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import type { RecordTestRunInput } from '../../../generated/graphql';
import { createRules, emptyToNull } from '../../../lib/validation';

/** Select value that stands for the standard workplace (it has no Fachverfahren id). */
export const STANDARD_WORKPLACE = 'standard';

export type RecordTestRunValues = {
  subject: string;
  testedOn: string;
  tester: string;
  result: TestResult;
  findings: string;
};

/** Today as YYYY-MM-DD in the user's time zone (what a date input shows). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function useRecordTestRunForm(subject: string) {
  const { t } = useTranslation();
  const rules = createRules(t);
  return useForm<RecordTestRunValues>({
    initialValues: { subject, testedOn: today(), tester: '', result: 'PASSED', findings: '' },
    validate: {
      subject: rules.required,
      testedOn: (value) => (ISO_DATE_PATTERN.test(value) ? null : t('testRuns.validation.date')),
      tester: rules.all(rules.required, rules.maxLength(LIMITS.shortText)),
      findings: rules.maxLength(LIMITS.longText),
    },
  });
}

export const toRecordTestRunInput = (tenantId: string, values: RecordTestRunValues): RecordTestRunInput => ({
  tenantId,
  fachverfahrenId: values.subject === STANDARD_WORKPLACE ? null : values.subject,
  testedOn: values.testedOn,
  tester: values.tester.trim(),
  result: values.result,
  findings: emptyToNull(values.findings),
});

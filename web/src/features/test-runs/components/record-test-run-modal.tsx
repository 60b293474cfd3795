import { Button, Group, Modal, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { TEST_RESULT_LABELS } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import { useSaveErrors } from '../../../components/use-save-errors';
import { useRecordTestRunMutation } from '../../../generated/graphql';
import { useEnumOptions } from '../../../lib/labels';
import { notifySuccess } from '../../../lib/notify';
import { toRecordTestRunInput, useRecordTestRunForm } from '../hooks/use-record-test-run-form';

interface RecordTestRunModalProps {
  tenantId: string;
  /** What can be tested: the standard workplace and the Fachverfahren. */
  subjects: { value: string; label: string }[];
  subject: string;
  onClose: () => void;
  onRecorded: () => Promise<unknown>;
}

/** "Testlauf erfassen": date, tester, result and findings of one run in the target environment. */
export function RecordTestRunModal({ tenantId, subjects, subject, onClose, onRecorded }: RecordTestRunModalProps) {
  const { t } = useTranslation();
  const results = useEnumOptions(TEST_RESULT_LABELS);
  const form = useRecordTestRunForm(subject);
  const errors = useSaveErrors(form);
  const [record, { loading }] = useRecordTestRunMutation();

  const submit = form.onSubmit(async (values) => {
    try {
      // An open history shows the new run as well.
      await record({
        variables: { input: toRecordTestRunInput(tenantId, values) },
        refetchQueries: ['TestRunHistory'],
      });
      notifySuccess(t('testRuns.recorded'));
      await onRecorded();
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  });

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('actions.closeDialog') }}
      opened
      onClose={onClose}
      title={t('testRuns.record')}
      size="lg"
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t('testRuns.fields.subject')}
            data={subjects}
            required
            searchable
            allowDeselect={false}
            {...form.getInputProps('subject')}
          />
          <TextInput type="date" label={t('testRuns.fields.testedOn')} required {...form.getInputProps('testedOn')} />
          <TextInput
            label={t('testRuns.fields.tester')}
            description={t('testRuns.fields.testerHint')}
            required
            {...form.getInputProps('tester')}
          />
          <Radio.Group label={t('testRuns.fields.result')} required {...form.getInputProps('result')}>
            <Group mt="xs">
              {results.map((r) => (
                <Radio key={r.value} value={r.value} label={r.label} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={t('testRuns.fields.findings')}
            description={t('testRuns.fields.findingsHint')}
            autosize
            minRows={3}
            {...form.getInputProps('findings')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

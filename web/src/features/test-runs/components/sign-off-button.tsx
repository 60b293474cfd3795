import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/error-message';
import { useSignOffTestRunMutation, type TestRunFieldsFragment } from '../../../generated/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { usePermissions } from '../../../lib/session';

interface SignOffButtonProps {
  run: TestRunFieldsFragment;
  /** What was tested, e.g. "Einwohnermeldewesen" or "Standardarbeitsplatz". */
  subject: string;
  onSignedOff: () => Promise<unknown>;
}

/** "Abnehmen": the department confirms the run; it asks first because a sign-off cannot be undone. */
export function SignOffButton({ run, subject, onSignedOff }: SignOffButtonProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const [opened, { open, close }] = useDisclosure(false);
  const [signOff, { loading }] = useSignOffTestRunMutation();
  if (!can('testruns.signoff') || run.signedOffAt || run.result === 'FAILED') return null;

  const confirm = async () => {
    try {
      await signOff({ variables: { id: run.id, version: run.version }, refetchQueries: ['TestRunHistory'] });
      notifySuccess(t('testRuns.signedOff', { subject }));
      await onSignedOff();
    } catch (error) {
      notifyError(errorText(describeError(error)), t('testRuns.signOffFailed'));
    } finally {
      close();
    }
  };

  return (
    <>
      <Button size="xs" onClick={open} aria-label={t('testRuns.signOffFor', { subject })}>
        {t('testRuns.signOff')}
      </Button>
      <Modal
        closeButtonProps={{ 'aria-label': t('actions.closeDialog') }}
        opened={opened}
        onClose={close}
        title={t('testRuns.signOffTitle', { subject })}
        centered
      >
        <Text mb="lg">{t('testRuns.signOffBody', { subject, date: run.testedOn, tester: run.tester })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('actions.cancel')}
          </Button>
          <Button loading={loading} onClick={() => void confirm()}>
            {t('testRuns.signOffConfirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

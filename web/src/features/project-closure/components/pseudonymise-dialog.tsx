import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/error-message';
import { usePseudonymiseTenantMutation, type ProjectClosureQuery } from '../../../generated/graphql';
import { describeError, errorExtensions } from '../../../lib/graphql-errors';
import { useFormat } from '../../../lib/format';
import { nameConfirmed, type PseudonymisationOutcome } from '../hooks/closure-state';

interface PseudonymiseDialogProps {
  opened: boolean;
  tenantId: string;
  tenantName: string;
  preview: ProjectClosureQuery['pseudonymisationPreview'];
  onClose: () => void;
  onDone: (outcome: PseudonymisationOutcome) => void;
}

/**
 * The two confirmation steps: first what will happen (with counts, irreversible), then the
 * Verwaltung's name typed exactly; only then is the final button enabled. The server checks the
 * name again.
 */
export function PseudonymiseDialog({
  opened,
  tenantId,
  tenantName,
  preview,
  onClose,
  onDone,
}: PseudonymiseDialogProps) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const errorText = useErrorText();
  const client = useApolloClient();
  const [step, setStep] = useState<1 | 2>(1);
  const [typed, setTyped] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [pseudonymise, { loading }] = usePseudonymiseTenantMutation();
  // One dialog, two steps: focus moves with the step (data-autofocus acts only when it opens).
  const nameInput = useRef<HTMLInputElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (opened) (step === 2 ? nameInput : next).current?.focus();
  }, [opened, step]);
  const close = () => {
    setStep(1);
    setTyped('');
    setFailure(null);
    onClose();
  };

  const submit = async () => {
    setFailure(null);
    try {
      const { data } = await pseudonymise({ variables: { input: { tenantId, confirmName: typed } } });
      if (!data) return;
      // Names changed everywhere: nothing cached may show an original name again.
      await client.resetStore();
      setStep(1);
      setTyped('');
      onDone(data.pseudonymiseTenant);
    } catch (error) {
      const refusal = errorExtensions(error).refusal;
      const info = describeError(error);
      setFailure(
        refusal === 'CLOSURE_NOT_DONE'
          ? t('projectClosure.errors.closureNotDone')
          : info.kind === 'conflict'
            ? t('projectClosure.errors.alreadyDone')
            : info.kind === 'invalid' && info.fields.some((f) => f.field.endsWith('confirmName'))
              ? t('projectClosure.errors.nameMismatch')
              : errorText(info),
      );
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('actions.closeDialog') }}
      title={t(step === 1 ? 'projectClosure.step1.title' : 'projectClosure.step2.title')}
    >
      {step === 1 ? (
        <Stack gap="md">
          <Text>{t('projectClosure.step1.lead', { name: tenantName })}</Text>
          <List spacing={4}>
            <List.Item>
              {t('projectClosure.step1.persons', { count: preview.persons, n: number(preview.persons) })}
            </List.Item>
            <List.Item>{t('projectClosure.step1.texts')}</List.Item>
            <List.Item>
              {t('projectClosure.step1.audit', { count: preview.auditEntries, n: number(preview.auditEntries) })}
            </List.Item>
            <List.Item>
              {t('projectClosure.step1.importFiles', { count: preview.importFiles, n: number(preview.importFiles) })}
            </List.Item>
            <List.Item>{t('projectClosure.step1.structure')}</List.Item>
          </List>
          <Alert color="red" title={t('projectClosure.irreversibleTitle')}>
            {t('projectClosure.irreversible')}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('actions.cancel')}
            </Button>
            <Button ref={next} data-autofocus onClick={() => setStep(2)}>
              {t('projectClosure.step1.next')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text>{t('projectClosure.step2.lead')}</Text>
          <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
            {tenantName}
          </Text>
          <TextInput
            ref={nameInput}
            label={t('projectClosure.step2.label')}
            description={t('projectClosure.step2.description')}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
          />
          {failure && (
            <Alert color="red" role="alert" title={t('errors.title')}>
              {failure}
            </Alert>
          )}
          <Group justify="space-between">
            <Button variant="default" onClick={() => setStep(1)}>
              {t('projectClosure.step2.back')}
            </Button>
            <Group>
              <Button variant="default" onClick={close}>
                {t('actions.cancel')}
              </Button>
              <Button
                color="red"
                disabled={!nameConfirmed(typed, tenantName)}
                loading={loading}
                onClick={() => void submit()}
              >
                {t('projectClosure.step2.confirm')}
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

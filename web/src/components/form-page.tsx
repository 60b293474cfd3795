import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../lib/use-page-title';
import { ConflictAlert } from './conflict-alert';
import { PageHeader, type Crumb } from './page-header';

interface FormPageProps {
  title: string;
  crumbs?: Crumb[];
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  saving: boolean;
  cancelTo: string;
  conflict?: boolean;
  onReload?: () => void;
  /** Shown between the heading and the form, e.g. a result the user must act on. */
  notice?: ReactNode;
  children: ReactNode;
}

/** Create/edit page frame: heading, conflict banner, fields, Speichern and Abbrechen. */
export function FormPage(props: FormPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(props.title);
  return (
    <>
      <PageHeader title={props.title} crumbs={props.crumbs} />
      {props.conflict && props.onReload && <ConflictAlert onReload={props.onReload} />}
      {props.notice}
      <Paper withBorder p="lg" maw={900}>
        <form onSubmit={props.onSubmit} noValidate aria-label={props.title}>
          <Stack gap="md">
            <Text size="sm">{t('form.requiredHint')}</Text>
            {props.children}
            <Group justify="flex-end" mt="md">
              <Button variant="default" onClick={() => void navigate(props.cancelTo)}>
                {t('actions.cancel')}
              </Button>
              <Button type="submit" loading={props.saving}>
                {t('actions.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}

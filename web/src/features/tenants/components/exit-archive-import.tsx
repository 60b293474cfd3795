import { Alert, Anchor, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { usePermissions } from '../../../lib/session';
import { useArchiveImport, type ArchiveImportProblem } from '../hooks/use-archive-import';

function useProblemText(): (problem: ArchiveImportProblem) => string {
  const { t } = useTranslation();
  return ({ code, status, details }) => {
    if (status === 413) return t('tenants.archiveImport.errors.tooLarge', { max: Number(details.maxMegabytes) || 500 });
    if (code === 'CONFLICT') {
      return t('tenants.archiveImport.errors.conflict', { name: String(details.name), ags: String(details.ags) });
    }
    if (code === 'BAD_USER_INPUT') {
      if (typeof details.file !== 'string') return t('tenants.archiveImport.errors.invalid');
      const place =
        typeof details.row === 'number'
          ? t('tenants.archiveImport.errors.fileRow', { file: details.file, row: details.row })
          : t('tenants.archiveImport.errors.file', { file: details.file });
      return t('tenants.archiveImport.errors.broken', { place });
    }
    if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' || code === 'NETWORK') {
      return t(`tenants.archiveImport.errors.${code}`);
    }
    return t('tenants.archiveImport.errors.other');
  };
}

/**
 * "Archiv importieren" (admins): creates a Verwaltung from an exit archive of any Schaltplan
 * instance and shows it, or says in plain words why nothing was created.
 */
export function ExitArchiveImport() {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const archive = useArchiveImport();
  const problemText = useProblemText();
  // Cleared after each pick, so choosing the same file again (after fixing the cause) sends it again.
  const resetRef = useRef<() => void>(null);
  if (!can('exports.exitImport')) return null;

  const choose = (file: File | null) => {
    resetRef.current?.();
    if (file) void archive.send(file);
  };

  return (
    <Stack gap="xs">
      <Group gap="sm">
        <FileButton
          onChange={choose}
          resetRef={resetRef}
          accept="application/zip,application/x-zip-compressed,.zip"
          inputProps={{ 'aria-label': t('tenants.archiveImport.choose') }}
        >
          {(props) => (
            <Button variant="default" loading={archive.importing} {...props}>
              {t('tenants.archiveImport.button')}
            </Button>
          )}
        </FileButton>
        <Text size="sm" c="dimmed">
          {t('tenants.archiveImport.hint')}
        </Text>
      </Group>
      <div aria-live="polite">
        {archive.imported && (
          <Alert
            color="green"
            role="status"
            title={t('tenants.archiveImport.done', { name: archive.imported.name })}
            withCloseButton
            closeButtonLabel={t('actions.closeMessage')}
            onClose={archive.reset}
          >
            <Anchor component={Link} to={paths.tenant(archive.imported.tenantId)}>
              {t('tenants.archiveImport.open', { name: archive.imported.name })}
            </Anchor>
          </Alert>
        )}
        {archive.problem && (
          <Alert
            color="red"
            role="alert"
            title={t('tenants.archiveImport.failed')}
            withCloseButton
            closeButtonLabel={t('actions.closeMessage')}
            onClose={archive.reset}
          >
            <Text size="sm">{problemText(archive.problem)}</Text>
            {archive.problem.message && (
              <Text size="xs" c="dimmed" mt="xs">
                {t('tenants.archiveImport.technical', { message: archive.problem.message })}
              </Text>
            )}
          </Alert>
        )}
      </div>
    </Stack>
  );
}

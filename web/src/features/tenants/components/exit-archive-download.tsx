import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../lib/session';

/**
 * "Exit-Export (ZIP)": the Verwaltung's complete data as one documented archive, so the
 * municipality can leave without lock-in. A plain link: the session cookie goes along and the
 * browser saves the file under the server's name.
 */
export function ExitArchiveDownload({ tenantId, tenantName }: { tenantId: string; tenantName: string }) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  if (!can('exports.exit')) return null;
  const headingId = `exit-archive-${tenantId}`;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="lg" maw={900} mt="lg">
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('tenants.exitArchive.title')}
        </Title>
        <Text size="sm">{t('tenants.exitArchive.intro')}</Text>
        <Group>
          <Button
            component="a"
            variant="default"
            href={`/api/exit-archive?tenantId=${encodeURIComponent(tenantId)}`}
            download
            aria-label={t('tenants.exitArchive.downloadLabel', { name: tenantName })}
          >
            {t('tenants.exitArchive.download')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../lib/session';

interface Props {
  tenantId: string;
  person: { id: string; displayName: string };
}

/** GET /api/privacy/access-report: the session cookie goes along with a plain link (same origin). */
export function accessReportUrl(tenantId: string, personId: string, format: 'pdf' | 'json'): string {
  return `/api/privacy/access-report?${new URLSearchParams({ tenantId, personId, format }).toString()}`;
}

/** "Auskunft nach Art. 15 DSGVO": the person's access report as PDF or JSON (admins, project managers). */
export function PersonAccessReportSection({ tenantId, person }: Props) {
  const { t } = useTranslation();
  if (!usePermissions().can('privacy.access')) return null;
  const headingId = 'access-report-heading';
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('persons.accessReport.title')}
        </Title>
        <Text>{t('persons.accessReport.intro')}</Text>
        <Group gap="sm">
          <Button
            component="a"
            href={accessReportUrl(tenantId, person.id, 'pdf')}
            download
            aria-label={t('persons.accessReport.pdfLabel', { name: person.displayName })}
          >
            {t('persons.accessReport.pdf')}
          </Button>
          <Button
            component="a"
            variant="default"
            href={accessReportUrl(tenantId, person.id, 'json')}
            download
            aria-label={t('persons.accessReport.jsonLabel', { name: person.displayName })}
          >
            {t('persons.accessReport.json')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

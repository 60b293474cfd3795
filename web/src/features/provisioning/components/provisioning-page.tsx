import { Alert, Button, Checkbox, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import type { ProvisioningFileFormat } from '@schaltplan/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LocationSelect } from '../../../components/location-filter';
import { PageHeader } from '../../../components/page-header';
import { useProvisioningCount } from '../hooks/use-provisioning-count';
import { provisioningUrl } from '../provisioning-url';
import { CsvColumnsTable } from './csv-columns-table';

/**
 * "Bereitstellung": the build list of the target environment (print queues, drive mappings,
 * published apps per person) as a download. A plain link: the session cookie goes along and the
 * browser saves the file under the server's name.
 */
export function ProvisioningPage() {
  const { t } = useTranslation();
  const { tenantId = '' } = useParams();
  const [locationId, setLocationId] = useState<string | null>(null);
  const [includeUnconfirmed, setIncludeUnconfirmed] = useState(false);
  const [format, setFormat] = useState<ProvisioningFileFormat>('json');
  const href = provisioningUrl({ tenantId, locationId, includeUnconfirmed, format });
  const count = useProvisioningCount(tenantId, locationId, includeUnconfirmed);

  return (
    <Stack gap="md">
      <PageHeader title={t('provisioning.title')} subtitle={t('provisioning.subtitle')} />
      <Text maw={760}>{t('provisioning.intro')}</Text>
      <Paper withBorder p="md" maw={760}>
        <Stack gap="md">
          <LocationSelect
            tenantId={tenantId}
            value={locationId}
            onChange={setLocationId}
            label={t('provisioning.location')}
            placeholder={t('list.allLocations')}
          />
          <Checkbox
            label={t('provisioning.includeUnconfirmed')}
            description={t('provisioning.includeUnconfirmedHint')}
            checked={includeUnconfirmed}
            onChange={(event) => setIncludeUnconfirmed(event.currentTarget.checked)}
          />
          <Radio.Group
            label={t('provisioning.format')}
            value={format}
            onChange={(value) => setFormat(value === 'csv' ? 'csv' : 'json')}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="json" label={t('provisioning.formatJson')} />
              <Radio value="csv" label={t('provisioning.formatCsv')} />
            </Stack>
          </Radio.Group>
          {count && (
            <Text aria-live="polite">{t('provisioning.count', { count: count.persons, total: count.total })}</Text>
          )}
          {count && count.persons === 0 && !includeUnconfirmed && count.total > 0 && (
            <Alert color="yellow" title={t('provisioning.noneConfirmedTitle')}>
              {t('provisioning.noneConfirmed')}
            </Alert>
          )}
          <Group>
            <Button component="a" href={href} download>
              {t('provisioning.download')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('provisioning.audited')}
          </Text>
        </Stack>
      </Paper>
      <CsvColumnsTable />
    </Stack>
  );
}

import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { TENANT_KIND_LABELS } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ForbiddenPage } from '../../../components/forbidden-page';
import { SectionNav } from '../../../components/section-nav';
import { useTenantNameQuery } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { useEnumLabel } from '../../../lib/labels';
import { paths } from '../../../lib/paths';
import { usePermissions } from '../../../lib/session';
import { PageOutlet } from '../../../components/page-outlet';

/** Frame of every page inside one Verwaltung: its name and the sections of its inventory. */
export function TenantLayout() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { dateTime } = useFormat();
  const { tenantId = '' } = useParams();
  // Another tenant's URL typed by hand: "keine Berechtigung", and nothing is asked of the server.
  const { seesTenant, can } = usePermissions();
  const allowed = seesTenant(tenantId);
  const { data } = useTenantNameQuery({ variables: { id: tenantId }, skip: !allowed });
  const tenant = data?.tenant;
  const section = (object: Parameters<typeof paths.list>[1]) => paths.list(tenantId, object);
  if (!allowed) return <ForbiddenPage />;

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Group gap="xs">
          <Anchor component={Link} to={paths.home()} size="sm">
            {t('nav.tenants')}
          </Anchor>
          <Text span size="sm" aria-hidden>
            ›
          </Text>
          <Anchor component={Link} to={paths.tenant(tenantId)} size="sm" fw={700}>
            {tenant ? `${tenant.name} · ${label(TENANT_KIND_LABELS, tenant.kind)}` : '…'}
          </Anchor>
          {tenant?.pseudonymisedAt && (
            <Badge variant="outline" color="gray">
              {t('projectClosure.badge', { date: dateTime(tenant.pseudonymisedAt) })}
            </Badge>
          )}
        </Group>
        <SectionNav
          label={t('nav.tenantSections')}
          links={[
            { label: t('nav.overview'), to: paths.tenant(tenantId), end: true },
            { label: t('nav.todo'), to: paths.openTasks(tenantId) },
            { label: t('counts.locations'), to: section('locations') },
            { label: t('counts.persons'), to: section('persons') },
            { label: t('counts.workstations'), to: section('workstations') },
            { label: t('counts.printers'), to: section('printers') },
            { label: t('counts.software'), to: section('software') },
            { label: t('counts.fileShares'), to: section('fileShares') },
            { label: t('counts.fachverfahren'), to: section('fachverfahren') },
            { label: t('nav.confirmations'), to: paths.confirmations(tenantId) },
            { label: t('nav.timeline'), to: paths.timeline(tenantId) },
            { label: t('cutoverBoard.nav'), to: paths.cutoverBoard(tenantId) },
            { label: t('checklistTemplates.nav'), to: paths.checklistTemplates(tenantId) },
            { label: t('nav.testRuns'), to: paths.testRuns(tenantId) },
            // The build list carries personal data out: only for roles that may export it.
            ...(can('exports.provisioning')
              ? [{ label: t('provisioning.nav'), to: paths.provisioning(tenantId) }]
              : []),
            { label: t('nav.blockers'), to: paths.blockers(tenantId) },
            { label: t('nav.changes'), to: paths.audit(tenantId) },
            // The import writes inventory: only for roles that may change it.
            ...(can('inventory.write') ? [{ label: t('nav.import'), to: paths.importWizard(tenantId) }] : []),
            ...(can('privacy.pseudonymise')
              ? [{ label: t('projectClosure.nav'), to: paths.projectClosure(tenantId) }]
              : []),
          ]}
        />
      </Stack>
      <PageOutlet />
    </Stack>
  );
}

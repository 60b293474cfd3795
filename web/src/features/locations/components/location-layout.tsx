import { Paper, Stack } from '@mantine/core';
import { LOCATION_KIND_LABELS } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConfirmDeleteButton } from '../../../components/confirm-delete-button';
import { EditButton } from '../../../components/edit-button';
import { CountsSummary } from '../../../components/counts-summary';
import { DetailFields } from '../../../components/detail-fields';
import { useErrorText } from '../../../components/error-message';
import { PageHeader } from '../../../components/page-header';
import { ChangeHistory } from '../../../components/change-history';
import { QueryState } from '../../../components/query-state';
import { TechnicianSheetButton } from '../../../components/report-links';
import { SectionNav } from '../../../components/section-nav';
import { useDeleteLocationMutation, useLocationQuery } from '../../../generated/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { useEnumLabel } from '../../../lib/labels';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { paths } from '../../../lib/paths';
import { usePageTitle } from '../../../lib/use-page-title';
import { OpenBlockersAlert } from './open-blockers-alert';
import { PageOutlet } from '../../../components/page-outlet';

/** Standort overview: facts, counts, and the location's inventory lists below (child routes). */
export function LocationLayout() {
  const { t } = useTranslation();
  const { tenantId = '', locationId = '' } = useParams();
  const navigate = useNavigate();
  const label = useEnumLabel();
  const errorText = useErrorText();
  const { data, loading, error } = useLocationQuery({ variables: { id: locationId } });
  const [deleteLocation, deleting] = useDeleteLocationMutation();
  const location = data?.location;
  usePageTitle(location ? `${t('locations.one')} ${location.name}` : t('locations.one'));

  const remove = async () => {
    if (!location) return;
    try {
      await deleteLocation({
        variables: { id: location.id, version: location.version },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'Location', id: location.id }) });
          cache.gc();
        },
      });
      notifySuccess(t('locations.deleted', { name: location.name }));
      void navigate(paths.list(tenantId, 'locations'));
    } catch (caught) {
      notifyError(errorText(describeError(caught)), t('errors.notDeleted'));
    }
  };

  const section = (object: 'persons' | 'workstations' | 'printers' | 'fileShares') =>
    paths.locationList(tenantId, locationId, object);

  return (
    <QueryState loading={loading} error={error} data={location}>
      {(l) => (
        <Stack gap="lg">
          <PageHeader
            title={l.name}
            subtitle={[label(LOCATION_KIND_LABELS, l.kind), l.city].filter(Boolean).join(' · ')}
            crumbs={[{ label: t('locations.title'), to: paths.list(tenantId, 'locations') }]}
            actions={
              <>
                <TechnicianSheetButton tenantId={l.tenantId} locationId={l.id} locationName={l.name} />
                <EditButton to={paths.edit(tenantId, 'locations', l.id)} />
                <ConfirmDeleteButton
                  subject={`${t('locations.one')} ${l.name}`}
                  onConfirm={remove}
                  loading={deleting.loading}
                />
              </>
            }
          />
          <OpenBlockersAlert tenantId={tenantId} locationId={l.id} blockers={l.openBlockers} />
          <CountsSummary counts={l.counts} linkTo={(object) => paths.locationList(tenantId, l.id, object)} />
          <Paper withBorder p="lg">
            <DetailFields
              fields={[
                {
                  label: t('locations.fields.address'),
                  value: [l.street, [l.postalCode, l.city].filter(Boolean).join(' ')].filter(Boolean).join(', '),
                },
                { label: t('locations.fields.ags'), value: l.ags },
                { label: t('locations.fields.lanSpeedMbit'), value: l.lanSpeedMbit },
                { label: t('locations.fields.wanLink'), value: l.wanLink },
                { label: t('locations.fields.bandwidthMbit'), value: l.bandwidthMbit },
                { label: t('fields.notes'), value: l.notes, wide: true },
              ]}
            />
          </Paper>
          <SectionNav
            label={t('nav.locationSections')}
            links={[
              { label: t('counts.persons'), to: section('persons') },
              { label: t('counts.workstations'), to: section('workstations') },
              { label: t('counts.printers'), to: section('printers') },
              { label: t('counts.fileShares'), to: section('fileShares') },
              { label: t('nav.locationWave'), to: paths.locationWave(tenantId, locationId) },
            ]}
          />
          <PageOutlet />
          <ChangeHistory objectType="LOCATION" objectId={locationId} />
        </Stack>
      )}
    </QueryState>
  );
}

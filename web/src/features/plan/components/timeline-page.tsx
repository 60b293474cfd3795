import { Anchor, Button, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { PHASE_STATUS_LABELS, PROJECT_PHASE_LABELS } from '@schaltplan/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { useProjectTimelineQuery } from '../../../generated/graphql';
import { useEnumLabel } from '../../../lib/labels';
import { paths } from '../../../lib/paths';
import { usePermissions } from '../../../lib/session';
import { usePageTitle } from '../../../lib/use-page-title';
import { useDayFormat } from '../hooks/use-day-format';
import { GateBadge } from './gate-badge';
import { PhaseFormModal } from './phase-form-modal';
import { PhaseTimelineChart } from './phase-timeline-chart';

/** A Verwaltung's project: the five phases over time with the Standorte's cutover days. */
export function TimelinePage() {
  const { t } = useTranslation();
  const { tenantId = '' } = useParams();
  const label = useEnumLabel();
  const day = useDayFormat();
  const { can } = usePermissions();
  usePageTitle(t('plan.timeline.title'));
  const { data, loading, error, refetch } = useProjectTimelineQuery({ variables: { tenantId } });
  // The phase being edited, looked up in fresh data: after a reload the form gets the new version.
  const [editing, setEditing] = useState<string | null>(null);
  const span = (from?: string | null, to?: string | null) =>
    from || to ? `${day(from) || '…'} – ${day(to) || '…'}` : '';

  return (
    <QueryState loading={loading} error={error} data={data}>
      {(d) => (
        <Stack gap="lg">
          <Title order={1} tabIndex={-1}>
            {t('plan.timeline.title')}
          </Title>
          <Paper withBorder p="md">
            <PhaseTimelineChart phases={d.projectPhases} cutovers={d.readinessBoard} />
            <Text size="xs" c="dimmed" mt="xs">
              {t('plan.timeline.legend')}
            </Text>
          </Paper>
          <Table striped withTableBorder captionSide="top">
            <Table.Caption>{t('plan.timeline.phasesCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('plan.fields.phase')}</Table.Th>
                <Table.Th scope="col">{t('plan.fields.planned')}</Table.Th>
                <Table.Th scope="col">{t('plan.fields.actual')}</Table.Th>
                <Table.Th scope="col">{t('plan.fields.status')}</Table.Th>
                <Table.Th scope="col">{t('plan.fields.responsible')}</Table.Th>
                {can('plan.write') && (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('actions.edit')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.projectPhases.map((p) => (
                <Table.Tr key={p.phase}>
                  <Table.Th scope="row">{label(PROJECT_PHASE_LABELS, p.phase)}</Table.Th>
                  <Table.Td>{span(p.plannedStart, p.plannedEnd)}</Table.Td>
                  <Table.Td>{span(p.actualStart, p.actualEnd)}</Table.Td>
                  <Table.Td>{label(PHASE_STATUS_LABELS, p.status)}</Table.Td>
                  <Table.Td>{p.responsibleName}</Table.Td>
                  {can('plan.write') && (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={t('plan.phase.editTitle', { phase: label(PROJECT_PHASE_LABELS, p.phase) })}
                        onClick={() => setEditing(p.phase)}
                      >
                        {t('actions.edit')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Table striped withTableBorder captionSide="top">
            <Table.Caption>{t('plan.timeline.cutoversCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('plan.fields.location')}</Table.Th>
                <Table.Th scope="col">{t('plan.fields.cutoverDate')}</Table.Th>
                <Table.Th scope="col">{t('plan.fields.gate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.readinessBoard.map((c) => (
                <Table.Tr key={c.locationId}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={paths.locationWave(tenantId, c.locationId)}>
                      {c.locationName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{day(c.cutoverDate) || t('plan.board.noDate')}</Table.Td>
                  <Table.Td>
                    <GateBadge ready={c.ready} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {d.projectPhases
            .filter((p) => p.phase === editing)
            .map((p) => (
              <PhaseFormModal
                key={`${p.phase}:${p.version ?? 0}`}
                phase={p}
                onClose={() => setEditing(null)}
                onReload={() => void refetch()}
              />
            ))}
        </Stack>
      )}
    </QueryState>
  );
}

import { Alert, Anchor, Badge, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { PHASE_STATUS_LABELS } from '@schaltplan/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailFields } from '../../../components/detail-fields';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { AA_GREEN } from '../../../components/status-colors';
import { useProjectClosureQuery } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { useEnumLabel } from '../../../lib/labels';
import { paths } from '../../../lib/paths';
import { usePageTitle } from '../../../lib/use-page-title';
import { closureState, type PseudonymisationOutcome } from '../hooks/closure-state';
import { PseudonymiseDialog } from './pseudonymise-dialog';
import { PseudonymisationSummary } from './pseudonymisation-summary';

/**
 * "Projektabschluss": whether the Abschluss phase is done and whether the Verwaltung's persons are
 * pseudonymised; after closure, the (irreversible) pseudonymisation in two confirmed steps.
 */
export function ProjectClosurePage() {
  const { t } = useTranslation();
  const { tenantId = '' } = useParams();
  const label = useEnumLabel();
  const { dateTime, number } = useFormat();
  usePageTitle(t('projectClosure.title'));
  const { data, loading, error } = useProjectClosureQuery({ variables: { tenantId } });
  const [dialogOpen, setDialogOpen] = useState(false);
  const [outcome, setOutcome] = useState<PseudonymisationOutcome | null>(null);

  return (
    <Stack gap="lg">
      <PageHeader title={t('projectClosure.title')} />
      <Text>{t('projectClosure.intro')}</Text>
      <QueryState loading={loading} error={error} data={data}>
        {({ tenant, pseudonymisationPreview: preview }) => {
          const state = closureState(preview);
          return (
            <Stack gap="lg">
              <Paper withBorder p="md">
                <DetailFields
                  fields={[
                    {
                      label: t('projectClosure.fields.closure'),
                      value: (
                        <Badge color={preview.closureStatus === 'DONE' ? AA_GREEN : 'gray'} variant="filled">
                          {label(PHASE_STATUS_LABELS, preview.closureStatus)}
                        </Badge>
                      ),
                    },
                    {
                      label: t('projectClosure.fields.pseudonymised'),
                      value: tenant.pseudonymisedAt
                        ? t('projectClosure.doneOnBy', {
                            date: dateTime(tenant.pseudonymisedAt),
                            name: tenant.pseudonymisedByName ?? '—',
                          })
                        : t('projectClosure.notYet'),
                    },
                    { label: t('projectClosure.fields.persons'), value: number(preview.persons) },
                  ]}
                />
              </Paper>
              {outcome && <PseudonymisationSummary outcome={outcome} />}
              {state === 'closureOpen' && (
                <Alert color="blue" title={t('projectClosure.closureOpenTitle')}>
                  {t('projectClosure.closureOpen')}{' '}
                  <Anchor component={Link} to={paths.timeline(tenantId)}>
                    {t('projectClosure.toTimeline')}
                  </Anchor>
                </Alert>
              )}
              {state === 'ready' && (
                <Stack gap="xs" align="flex-start">
                  <Title order={3}>{t('projectClosure.pseudonymiseHeading')}</Title>
                  <Text>{t('projectClosure.pseudonymiseLead')}</Text>
                  <Button color="red" onClick={() => setDialogOpen(true)}>
                    {t('projectClosure.start')}
                  </Button>
                </Stack>
              )}
              {state === 'pseudonymised' && !outcome && <Text>{t('projectClosure.finalNote')}</Text>}
              <PseudonymiseDialog
                opened={dialogOpen}
                tenantId={tenantId}
                tenantName={tenant.name}
                preview={preview}
                onClose={() => setDialogOpen(false)}
                onDone={(result) => {
                  setDialogOpen(false);
                  setOutcome(result);
                }}
              />
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}

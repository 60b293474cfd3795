import { Center, Group, Loader, Stack, Switch, Text, Title } from '@mantine/core';
import { REMAINING_STATUSES, type WorkstationStatus } from '@schaltplan/domain';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { PageHeader } from '../../../components/page-header';
import { TechnicianSheetButton } from '../../../components/report-links';
import type { SessionAccountFragment, TechnicianWorkstationFragment } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { describeError } from '../../../lib/graphql-errors';
import { usePageTitle } from '../../../lib/use-page-title';
import { usePermissions, useSession } from '../../../lib/session';
import { useOfflineQueue } from '../hooks/use-offline-queue';
import { useTechnicianWorkstations } from '../hooks/use-technician-workstations';
import { applyPending } from '../lib/apply-pending';
import { berlinToday, isDay } from '../lib/day';
import { tickOp, transitionOp, untickOp } from '../lib/make-op';
import { DaySwitcher } from './day-switcher';
import { QueueStatus } from './queue-status';
import { WorkstationCard, type WorkstationActions } from './workstation-card';

/** "Umstellung heute": the technician's workstations of the day, with the device's offline queue. */
export function TechnicianPage() {
  const { account } = useSession();
  // RequireSession renders pages only with an account.
  return account ? <TechnicianDay account={account} /> : null;
}

function TechnicianDay({ account }: { account: SessionAccountFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = usePermissions();
  const [params, setParams] = useSearchParams();
  const today = berlinToday();
  const date = isDay(params.get('datum')) ? (params.get('datum') ?? today) : today;
  const onlyOpen = params.get('offen') === '1';
  const title = date === today ? t('technician.title') : t('technician.titleOn', { date: format.day(date) });
  usePageTitle(title);

  const queue = useOfflineQueue(account.id);
  const data = useTechnicianWorkstations(account.id, date);
  const view = useMemo(() => applyPending(data.workstations ?? [], queue.ops), [data.workstations, queue.ops]);
  useRefetchWhenSent(queue.ops.length, queue.online, data.refetch);

  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const target = (w: TechnicianWorkstationFragment, stepId?: string) => ({
    workstationId: w.id,
    label: `${w.name}: ${stepId ? (w.checklist.find((s) => s.id === stepId)?.label ?? '') : t('technician.statusChange')}`,
  });
  const actions: WorkstationActions = {
    tick: (w, stepId, evidence) => queue.enqueue(tickOp(target(w, stepId), stepId, evidence)),
    untick: (w, stepId) => queue.enqueue(untickOp(target(w, stepId), stepId)),
    transition: (w, to: WorkstationStatus, reason) =>
      queue.enqueue(transitionOp(target(w), w.cutoverStatus, to, reason)),
  };

  const shown = onlyOpen
    ? view.workstations.filter((w) => REMAINING_STATUSES.includes(w.cutoverStatus))
    : view.workstations;

  return (
    <Stack gap="md" maw={800} mx="auto">
      <PageHeader title={title} subtitle={t('technician.subtitle')} />
      <QueueStatus
        online={queue.online}
        pendingCount={queue.ops.length}
        rejected={queue.rejected}
        offlineCopyFrom={data.offlineCopyFrom}
        onRetry={queue.retryNow}
        onDismiss={queue.dismiss}
      />
      <DaySwitcher date={date} today={today} onChange={(day) => setParam('datum', day === today ? null : day)} />
      <Switch
        size="md"
        label={t('technician.onlyOpen')}
        checked={onlyOpen}
        onChange={(event) => setParam('offen', event.currentTarget.checked ? '1' : null)}
      />
      {data.workstations === null ? (
        data.loading ? (
          <Center py="xl" role="status">
            <Loader role="status" aria-label={t('list.loading')} />
          </Center>
        ) : (
          <ErrorMessage info={describeError(data.error)} />
        )
      ) : shown.length === 0 ? (
        <Text c="dimmed">{onlyOpen ? t('technician.emptyOpen') : t('technician.empty')}</Text>
      ) : (
        groupByPlace(shown).map((location) => (
          <Stack key={location.id} gap="sm" component="section" aria-label={location.name}>
            <Group justify="space-between" align="center" wrap="wrap" gap="xs">
              <Title order={2} size="h3">
                {location.name}
                {location.window ? (
                  <Text span c="dimmed" fz="md" fw={400}>
                    {' '}
                    · {location.window}
                  </Text>
                ) : null}
              </Title>
              <TechnicianSheetButton
                tenantId={location.tenantId}
                locationId={location.id}
                locationName={location.name}
                size="md"
                variant="light"
              />
            </Group>
            {location.rooms.map((room) => (
              <Stack key={room.name ?? ''} gap="sm">
                <Title order={3} size="h4">
                  {room.name ? t('technician.room', { room: room.name }) : t('technician.noRoom')}
                </Title>
                {room.workstations.map((w) => (
                  <WorkstationCard
                    key={w.id}
                    workstation={w}
                    role={account.role}
                    canTick={can('cutover.tick')}
                    pendingStepIds={view.pendingStepIds}
                    pending={view.pendingWorkstationIds.has(w.id)}
                    actions={actions}
                  />
                ))}
              </Stack>
            ))}
          </Stack>
        ))
      )}
    </Stack>
  );
}

/** Once the queue has been sent (or the connection is back), ask the server for the real state. */
function useRefetchWhenSent(pending: number, online: boolean, refetch: () => void) {
  const before = useRef({ pending, online });
  useEffect(() => {
    const sentAll = before.current.pending > 0 && pending === 0;
    const backOnline = !before.current.online && online;
    before.current = { pending, online };
    if (online && (sentAll || backOnline)) refetch();
  }, [pending, online, refetch]);
}

interface Place {
  id: string;
  tenantId: string;
  name: string;
  window: string | null;
  rooms: { name: string | null; workstations: TechnicianWorkstationFragment[] }[];
}

/** The API sorts by Standort, room, name; grouping keeps that order. */
function groupByPlace(workstations: TechnicianWorkstationFragment[]): Place[] {
  const places: Place[] = [];
  for (const w of workstations) {
    let place = places.find((p) => p.id === w.location.id);
    if (!place) {
      const { cutoverWindowStart: start, cutoverWindowEnd: end } = w.location;
      place = {
        id: w.location.id,
        tenantId: w.tenantId,
        name: w.location.name,
        window: start && end ? `${start}–${end}` : null,
        rooms: [],
      };
      places.push(place);
    }
    let room = place.rooms.find((r) => r.name === w.room);
    if (!room) {
      room = { name: w.room, workstations: [] };
      place.rooms.push(room);
    }
    room.workstations.push(w);
  }
  return places;
}

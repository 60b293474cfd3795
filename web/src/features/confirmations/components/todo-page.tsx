import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../../components/query-state';
import {
  useConfirmationProgressQuery,
  useOpenRejectionsQuery,
  usePersonConfirmationsQuery,
  useTodoSignOffsQuery,
} from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { usePageTitle } from '../../../lib/use-page-title';
import { ChangeList } from './mapping-lists';

/** "Was ist noch zu tun?": open and changed confirmations, rejected items and sign-offs, in plain words. */
export function TodoPage() {
  const { t } = useTranslation();
  const format = useFormat();
  usePageTitle(t('todo.title'));
  const { tenantId = '' } = useParams();
  const progress = useConfirmationProgressQuery({ variables: { tenantId } });
  const changed = usePersonConfirmationsQuery({
    variables: { tenantId, state: 'CHANGED', offset: 0, limit: 50 },
  }).data?.personConfirmations;
  const rejections = useOpenRejectionsQuery({ variables: { tenantIds: [tenantId] } }).data?.openRejections ?? [];
  const confirmations = (state?: string) => paths.confirmations(tenantId, state);
  // Passed and not yet signed off: only the responsible department can finish these.
  const signOffs = (useTodoSignOffsQuery({ variables: { tenantId } }).data?.testStatus ?? []).filter(
    (s) => s.state === 'PASSED_AWAITING_SIGN_OFF',
  );

  return (
    <Stack gap="lg">
      <Title order={1} tabIndex={-1}>
        {t('todo.title')}
      </Title>
      <QueryState loading={progress.loading} error={progress.error} data={progress.data}>
        {({ confirmationProgress: { overall } }) => (
          <Card withBorder>
            <Stack gap="xs">
              <Title order={2} size="h3">
                {t('todo.openTitle', { count: overall.open })}
              </Title>
              <Text>{overall.open > 0 ? t('todo.openText', { count: overall.open }) : t('todo.allDone')}</Text>
              {overall.open > 0 && (
                <Anchor component={Link} to={confirmations('OPEN')} fw={700}>
                  {t('todo.openLink')}
                </Anchor>
              )}
            </Stack>
          </Card>
        )}
      </QueryState>
      <Card withBorder>
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('todo.changedTitle', { count: changed?.totalCount ?? 0 })}
          </Title>
          <Text>{changed?.totalCount ? t('todo.changedText') : t('todo.nothingChanged')}</Text>
          <List spacing="sm">
            {changed?.items.map((row) => (
              <List.Item key={row.personId}>
                <Text fw={600}>{row.displayName}</Text>
                <ChangeList changes={row.changes} />
              </List.Item>
            ))}
          </List>
          {!!changed?.totalCount && (
            <Anchor component={Link} to={confirmations('CHANGED')} fw={700}>
              {t('todo.changedLink')}
            </Anchor>
          )}
        </Stack>
      </Card>
      <Card withBorder>
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('todo.rejectedTitle', { count: rejections.length })}
          </Title>
          <Text>{rejections.length ? t('todo.rejectedText') : t('todo.nothingRejected')}</Text>
          <List spacing="sm" aria-label={t('todo.rejectedTitle', { count: rejections.length })}>
            {rejections.map((row) => (
              <List.Item key={row.personId}>
                <Text fw={600}>
                  {row.displayName}
                  {row.locationName ? ` · ${row.locationName}` : ''}
                  {row.department ? ` · ${row.department}` : ''}
                </Text>
                <Text>„{row.comment}“</Text>
                <Text size="sm">
                  {t('todo.rejectedBy', { name: row.decidedByName ?? '', when: format.dateTime(row.decidedAt) })}
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      </Card>
      <Card withBorder>
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('todo.signOffTitle', { count: signOffs.length })}
          </Title>
          <Text>{signOffs.length ? t('todo.signOffText') : t('todo.nothingToSignOff')}</Text>
          <List spacing="sm" aria-label={t('todo.signOffTitle', { count: signOffs.length })}>
            {signOffs.map((s) => (
              <List.Item key={s.fachverfahrenId ?? 'standard'}>
                <Text fw={600}>{s.fachverfahrenName ?? t('todo.standardWorkplace')}</Text>
                {s.latestRun && (
                  <Text size="sm">
                    {t('todo.testedBy', { date: format.day(s.latestRun.testedOn), tester: s.latestRun.tester })}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
          {signOffs.length > 0 && (
            <Anchor component={Link} to={paths.testRuns(tenantId)} fw={700}>
              {t('todo.signOffLink')}
            </Anchor>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}

import { Alert, Anchor, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LocationQuery } from '../../../generated/graphql';
import { paths } from '../../../lib/paths';

type OpenBlocker = NonNullable<LocationQuery['location']>['openBlockers'][number];

// Dark red: title and text keep 4.5:1 on white (Mantine's red-6 does not).
/** Open blockers keep a Standort from its cutover: they are named at the top of its page. */
export function OpenBlockersAlert({
  tenantId,
  locationId,
  blockers,
}: {
  tenantId: string;
  locationId: string;
  blockers: OpenBlocker[];
}) {
  const { t } = useTranslation();
  if (blockers.length === 0) return null;
  return (
    <Alert color="#b71c1c" variant="outline" title={t('blockers.openTitle', { count: blockers.length })}>
      <List size="sm" mb="xs">
        {blockers.map((b) => (
          <List.Item key={b.id}>
            {b.title}
            {b.owner ? t('blockers.ownerSuffix', { owner: b.owner }) : ''}
          </List.Item>
        ))}
      </List>
      <Anchor component={Link} to={paths.blockers(tenantId, locationId)} size="sm">
        {t('blockers.openLink')}
      </Anchor>
    </Alert>
  );
}

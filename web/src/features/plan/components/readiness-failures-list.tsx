import { Anchor, List, Loader, Text } from '@mantine/core';
import type { ReadinessCriterion } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { useReadinessFailuresQuery } from '../../../generated/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { paths, type InventoryObject } from '../../../lib/paths';

const OBJECT_OF_TYPE: Record<string, InventoryObject> = {
  PERSON: 'persons',
  FACHVERFAHREN: 'fachverfahren',
  PRINTER: 'printers',
  WORKSTATION: 'workstations',
  LOCATION: 'locations',
};

/** The items that keep one criterion of a Standort from holding, each linked to its page. */
export function ReadinessFailuresList(props: { tenantId: string; locationId: string; criterion: ReadinessCriterion }) {
  const { t } = useTranslation();
  const { data, loading, error } = useReadinessFailuresQuery({
    variables: { locationId: props.locationId, criterion: props.criterion },
    fetchPolicy: 'network-only',
  });
  if (loading) return <Loader size="sm" role="status" aria-label={t('list.loading')} />;
  if (error) return <ErrorMessage info={describeError(error)} />;
  const items = data?.readinessFailures ?? [];
  if (items.length === 0) return <Text size="sm">{t('plan.failures.none')}</Text>;
  return (
    <List size="sm" spacing={4}>
      {items.map((item) => {
        const object = OBJECT_OF_TYPE[item.type];
        const to =
          object === 'locations'
            ? paths.locationWave(props.tenantId, item.id)
            : object
              ? paths.detail(props.tenantId, object, item.id)
              : undefined;
        const reason = t(`plan.reasons.${item.reason}`, { defaultValue: item.reason });
        return (
          <List.Item key={`${item.type}-${item.id}`}>
            {to ? (
              <Anchor component={Link} to={to}>
                {item.label}
              </Anchor>
            ) : (
              <Text span fw={600}>
                {item.label}
              </Text>
            )}{' '}
            <Text span c="dimmed">
              ({t(`plan.itemTypes.${item.type}`, { defaultValue: item.type })}: {reason})
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}

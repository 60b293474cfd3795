import { Code, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntryFieldsFragment } from '../generated/graphql';

/** What an audit entry changed: one line per field, "old → new"; mappings name the other side. */
export function AuditChanges({ entry, viewpointId }: { entry: AuditEntryFieldsFragment; viewpointId?: string }) {
  const { t } = useTranslation();
  const none = t('audit.noValue');
  // Seen from the related object (e.g. the printer of a person's mapping), name the owner side.
  const other =
    viewpointId && entry.relatedId === viewpointId
      ? { type: entry.objectType, label: entry.objectLabel }
      : entry.relatedType
        ? { type: entry.relatedType, label: entry.relatedLabel }
        : null;
  return (
    <>
      {other && (
        <Text size="sm">
          {t(`audit.objectTypes.${other.type}`)}: {other.label ?? '—'}
        </Text>
      )}
      {entry.changes.length > 0 && (
        <List size="sm" spacing={2}>
          {entry.changes.map((c) => (
            <List.Item key={c.field}>
              <Code>{c.field}</Code>: {c.oldValue ?? none} → {c.newValue ?? none}
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}

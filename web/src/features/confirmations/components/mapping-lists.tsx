import { Badge, List, Text } from '@mantine/core';
import { SHARE_ACCESS_LABELS, SOFTWARE_DELIVERY_LABELS } from '@schaltplan/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfirmationRowFragment } from '../../../generated/graphql';
import { useEnumLabel } from '../../../lib/labels';

type Mappings = ConfirmationRowFragment['mappings'];
type Change = ConfirmationRowFragment['changes'][number];

function Items({ items, empty }: { items: ReactNode[]; empty: string }) {
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <List size="sm" spacing={2} listStyleType="none" p={0}>
      {items.map((item, i) => (
        <List.Item key={i}>{item}</List.Item>
      ))}
    </List>
  );
}

export function PrinterList({ mappings }: { mappings: Mappings }) {
  const { t } = useTranslation();
  return (
    <Items
      empty={t('confirmations.none')}
      items={mappings.printers.map((p) => (
        <>
          {p.name}{' '}
          {p.isDefault && (
            <Badge size="xs" color="blue.9" variant="filled" tt="none">
              {t('confirmations.defaultPrinter')}
            </Badge>
          )}
        </>
      ))}
    />
  );
}

export function SoftwareList({ mappings }: { mappings: Mappings }) {
  const { t } = useTranslation();
  return (
    <Items
      empty={t('confirmations.none')}
      items={[
        ...mappings.software.map((s) => (s.versionLabel ? `${s.product} ${s.versionLabel}` : s.product)),
        ...mappings.fachverfahren.map((f) => (
          <>
            {f.name}{' '}
            <Text span size="xs" c="dimmed">
              ({t('confirmations.fachverfahrenShort')})
            </Text>
          </>
        )),
      ]}
    />
  );
}

export function ShareList({ mappings }: { mappings: Mappings }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <Items
      empty={t('confirmations.none')}
      items={mappings.fileShares.map((s) => (
        <>
          {s.driveLetter ? `${s.driveLetter}: → ` : ''}
          {s.uncPath}{' '}
          <Text span size="xs">
            ({label(SHARE_ACCESS_LABELS, s.access)})
          </Text>
        </>
      ))}
    />
  );
}

/** "Drucker DR-02 hinzugefügt", "Standarddrucker DR-01 → DR-02", "Ablage …: Rechte Lesen → Lesen und Schreiben". */
export function useChangeText(): (change: Change) => string {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const value = (field: string | null | undefined, v: string | null | undefined): string => {
    if (!v) return t('confirmations.nothing');
    if (field === 'access') return label(SHARE_ACCESS_LABELS, v as keyof typeof SHARE_ACCESS_LABELS);
    if (field === 'delivery') return label(SOFTWARE_DELIVERY_LABELS, v as keyof typeof SOFTWARE_DELIVERY_LABELS);
    return v;
  };
  return (c) => {
    const area = t(`confirmations.areas.${c.area}`);
    if (c.kind === 'ADDED') return t('confirmations.change.added', { area, item: c.item });
    if (c.kind === 'REMOVED') return t('confirmations.change.removed', { area, item: c.item });
    if (c.field === 'isDefault')
      return t('confirmations.change.defaultPrinter', { old: value(null, c.oldValue), new: value(null, c.newValue) });
    return t('confirmations.change.changed', {
      area,
      item: c.item,
      field: t(`confirmations.changeFields.${c.field ?? 'other'}`, { defaultValue: c.field ?? '' }),
      old: value(c.field, c.oldValue),
      new: value(c.field, c.newValue),
    });
  };
}

export function ChangeList({ changes }: { changes: Change[] }) {
  const text = useChangeText();
  if (changes.length === 0) return null;
  return <Items empty="" items={changes.map((c) => text(c))} />;
}

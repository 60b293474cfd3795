import { ActionIcon, Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addDays } from '../lib/day';

interface DaySwitcherProps {
  date: string;
  today: string;
  onChange: (date: string) => void;
}

/** Previous/next day, a date field and "Heute". */
export function DaySwitcher({ date, today, onChange }: DaySwitcherProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <ActionIcon
        variant="default"
        size={44}
        aria-label={t('technician.day.previous')}
        onClick={() => onChange(addDays(date, -1))}
      >
        ‹
      </ActionIcon>
      <TextInput
        type="date"
        label={t('technician.day.label')}
        value={date}
        onChange={(event) => event.currentTarget.value && onChange(event.currentTarget.value)}
        style={{ flex: 1 }}
        size="md"
      />
      <ActionIcon
        variant="default"
        size={44}
        aria-label={t('technician.day.next')}
        onClick={() => onChange(addDays(date, 1))}
      >
        ›
      </ActionIcon>
      {date !== today && (
        <Button variant="default" size="md" onClick={() => onChange(today)}>
          {t('technician.day.today')}
        </Button>
      )}
    </Group>
  );
}

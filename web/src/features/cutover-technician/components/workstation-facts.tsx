import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TechnicianWorkstationFragment } from '../../../generated/graphql';
import { AA_GREEN } from '../../../components/status-colors';

type Person = TechnicianWorkstationFragment['persons'][number];

/** Persons at the workstation with what has to work for them: printers, drives, Fachverfahren. */
export function WorkstationFacts({ persons }: { persons: Person[] }) {
  const { t } = useTranslation();
  if (persons.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('technician.noPersons')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {persons.map((person) => (
        <Stack key={person.id} gap={4}>
          <Text fw={600}>
            {person.displayName}
            {person.department ? ` (${person.department})` : ''}
          </Text>
          <Fact label={t('technician.facts.printers')}>
            {person.printers.length > 0 ? (
              <List size="sm" spacing={2}>
                {person.printers.map((p) => (
                  <List.Item key={p.printerId}>
                    <Group gap={6} wrap="wrap">
                      <span>
                        {p.printer.name}
                        {p.printer.targetQueue ? ` → ${p.printer.targetQueue}` : ''}
                      </span>
                      {p.isDefault && (
                        <Badge size="xs" color={AA_GREEN} variant="filled">
                          {t('technician.facts.defaultPrinter')}
                        </Badge>
                      )}
                    </Group>
                  </List.Item>
                ))}
              </List>
            ) : null}
          </Fact>
          <Fact label={t('technician.facts.drives')}>
            {person.fileShares.length > 0 ? (
              <List size="sm" spacing={2}>
                {person.fileShares.map((share) => (
                  <List.Item key={share.fileShareId}>
                    <Text span size="sm" ff="monospace">
                      {share.driveLetter ?? share.fileShare.driveLetter ?? '–'}:{' '}
                    </Text>
                    → {share.fileShare.targetPath ?? share.fileShare.uncPath}
                  </List.Item>
                ))}
              </List>
            ) : null}
          </Fact>
          <Fact label={t('technician.facts.fachverfahren')}>
            {person.fachverfahren.length > 0 ? (
              <Text size="sm">{person.fachverfahren.map((f) => f.name).join(', ')}</Text>
            ) : null}
          </Fact>
        </Stack>
      ))}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={500} c="gray.8">
        {label}
      </Text>
      {children ?? (
        <Text size="sm" c="dimmed">
          {t('technician.facts.none')}
        </Text>
      )}
    </div>
  );
}

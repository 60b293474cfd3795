import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../../lib/use-page-title';

/** The narrow, centred frame of the login and set-password pages. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <Stack align="center" py="xl">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={440}>
        <Stack gap="md">
          <Title order={1} tabIndex={-1}>
            {title}
          </Title>
          {children}
        </Stack>
      </Paper>
    </Stack>
  );
}

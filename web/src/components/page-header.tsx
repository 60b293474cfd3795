import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  to: string;
}

interface PageHeaderProps {
  title: string;
  subtitle?: ReactNode;
  crumbs?: Crumb[];
  actions?: ReactNode;
  order?: 1 | 2;
}

/** Heading with breadcrumb trail and page actions (Bearbeiten, Löschen …). */
export function PageHeader({ title, subtitle, crumbs, actions, order = 1 }: PageHeaderProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" mb="md">
      {crumbs && crumbs.length > 0 && (
        <nav aria-label={t('nav.breadcrumbs')}>
          <Breadcrumbs>
            {crumbs.map((crumb) => (
              <Anchor component={Link} to={crumb.to} key={crumb.to} size="sm">
                {crumb.label}
              </Anchor>
            ))}
          </Breadcrumbs>
        </nav>
      )}
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={order} tabIndex={-1}>
            {title}
          </Title>
          {subtitle && <Text c="dimmed">{subtitle}</Text>}
        </div>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
    </Stack>
  );
}

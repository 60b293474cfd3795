import { Button, Divider, Drawer, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '../lib/paths';
import { useSession } from '../lib/session';
import classes from './mobile-menu.module.css';
import { LanguageButton, useSignOut, type MainNavEntry } from './shell-nav';

interface MobileMenuDrawerProps {
  id: string;
  entries: MainNavEntry[];
  opened: boolean;
  close: () => void;
}

/** The burger's drawer; its own module so the first page does not load the drawer's code (mobile-menu.tsx). */
export function MobileMenuDrawer({ id, entries, opened, close }: MobileMenuDrawerProps) {
  const { t } = useTranslation();
  const { account } = useSession();
  const signOut = useSignOut();
  if (!account) return null;
  const role = t(`roles.${account.role}`);
  return (
    <Drawer.Root id={id} opened={opened} onClose={close} size="min(22rem, 88vw)">
      <Drawer.Overlay />
      <Drawer.Content>
        {/* A div, not Mantine's <header>: a second "banner" landmark would confuse screen readers. */}
        <Drawer.Header component="div">
          <Drawer.Title fw={700} fz="lg">
            {t('shell.menuTitle')}
          </Drawer.Title>
          <Drawer.CloseButton aria-label={t('shell.closeMenu')} size="lg" />
        </Drawer.Header>
        <Drawer.Body>
          <Stack gap="md">
            <nav aria-label={t('nav.main')}>
              <ul className={classes.list}>
                {entries.map((entry) => (
                  <li key={entry.to}>
                    <NavLink to={entry.to} end={entry.end} className={classes.link} onClick={close}>
                      {entry.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <Divider />
            <NavLink
              to={paths.myAccount()}
              className={classes.account}
              onClick={close}
              aria-label={t('shell.accountLabel', { name: account.displayName, role })}
            >
              {/* Spaces between the lines keep the visible text inside the accessible name (WCAG 2.5.3). */}
              <Text span size="sm" c="dimmed" display="block">
                {t('shell.myAccount')}
              </Text>{' '}
              <Text span fw={600} display="block">
                {account.displayName}
              </Text>{' '}
              <Text span size="sm" display="block">
                {role}
              </Text>
            </NavLink>
            <LanguageButton variant="outline" size="md" fullWidth />
            <Button
              size="md"
              fullWidth
              onClick={() => {
                close();
                signOut();
              }}
            >
              {t('shell.signOut')}
            </Button>
          </Stack>
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}

import { Burger, Button, Divider, Drawer, em, Stack, Text, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { paths } from '../lib/paths';
import { useSession } from '../lib/session';
import classes from './mobile-menu.module.css';
import { LanguageButton, SHELL_BREAKPOINT, useSignOut, type MainNavEntry } from './shell-nav';

const DRAWER_ID = 'main-menu';

/**
 * Phones and tablets: a burger in the header opens navigation, account, language and logout in a
 * drawer. The drawer is a modal dialog (focus trapped, Escape closes, focus back on the burger);
 * it closes on navigation and when the window grows to the desktop header.
 */
export function MobileMenu({ entries }: { entries: MainNavEntry[] }) {
  const { t } = useTranslation();
  const { account } = useSession();
  const signOut = useSignOut();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const theme = useMantineTheme();
  const desktop = useMediaQuery(`(min-width: ${em(theme.breakpoints[SHELL_BREAKPOINT] ?? '75em')})`);

  useEffect(() => close(), [pathname, close]);
  useEffect(() => {
    if (desktop) close();
  }, [desktop, close]);

  if (!account) return null;
  const role = t(`roles.${account.role}`);
  return (
    <>
      <Burger
        opened={opened}
        onClick={toggle}
        color="white"
        hiddenFrom={SHELL_BREAKPOINT}
        className={classes.burger}
        aria-label={t('shell.menu')}
        aria-expanded={opened}
        aria-controls={opened ? DRAWER_ID : undefined}
        aria-haspopup="dialog"
      />
      <Drawer.Root id={DRAWER_ID} opened={opened} onClose={close} size="min(22rem, 88vw)">
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
    </>
  );
}

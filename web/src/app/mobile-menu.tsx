import { Burger, em, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useSession } from '../lib/session';
import classes from './mobile-menu.module.css';
import { SHELL_BREAKPOINT, type MainNavEntry } from './shell-nav';

const DRAWER_ID = 'main-menu';
// Loaded when the burger is first used: Drawer, ScrollArea and their positioning code stay out of the first page.
const MobileMenuDrawer = lazy(async () => ({ default: (await import('./mobile-menu-drawer')).MobileMenuDrawer }));

/**
 * Phones and tablets: a burger in the header opens navigation, account, language and logout in a
 * drawer. The drawer is a modal dialog (focus trapped, Escape closes, focus back on the burger);
 * it closes on navigation and when the window grows to the desktop header.
 */
export function MobileMenu({ entries }: { entries: MainNavEntry[] }) {
  const { t } = useTranslation();
  const { account } = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const [used, setUsed] = useState(false);
  const { pathname } = useLocation();
  const theme = useMantineTheme();
  const desktop = useMediaQuery(`(min-width: ${em(theme.breakpoints[SHELL_BREAKPOINT] ?? '75em')})`);

  useEffect(() => close(), [pathname, close]);
  useEffect(() => {
    if (desktop) close();
  }, [desktop, close]);

  if (!account) return null;
  return (
    <>
      <Burger
        opened={opened}
        onClick={() => {
          setUsed(true);
          toggle();
        }}
        color="white"
        hiddenFrom={SHELL_BREAKPOINT}
        className={classes.burger}
        aria-label={t('shell.menu')}
        aria-expanded={opened}
        aria-controls={opened ? DRAWER_ID : undefined}
        aria-haspopup="dialog"
      />
      {used && (
        <Suspense fallback={null}>
          <MobileMenuDrawer id={DRAWER_ID} entries={entries} opened={opened} close={close} />
        </Suspense>
      )}
    </>
  );
}

import { Anchor, Container, Group, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../lib/session';
import classes from './app-shell.module.css';
import { MobileMenu } from './mobile-menu';
import { AccountArea, DesktopNav, LanguageButton, SHELL_BREAKPOINT, useMainNavEntries } from './shell-nav';
import { PageOutlet } from '../components/page-outlet';

/**
 * After client-side navigation, focus moves to the new page's heading (screen readers hear it).
 * Pages load on first use, and the router keeps the old page on screen meanwhile: wait for a
 * heading that was not there before; a page whose heading stays (same page, new address) gets
 * it focused after a second, and a new one arriving later still takes the focus.
 */
function useFocusHeadingOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const before = document.querySelector<HTMLElement>('main h1');
    const current = () => document.querySelector<HTMLElement>('main h1');
    const focusNew = (): boolean => {
      const heading = current();
      if (!heading || heading === before) return false;
      heading.focus();
      return true;
    };
    const observer = new MutationObserver(() => {
      if (focusNew()) stop();
    });
    const timers = [
      window.setTimeout(() => {
        if (focusNew()) stop();
      }, 50),
      window.setTimeout(() => {
        if (current() === before) before?.focus();
      }, 1000),
      window.setTimeout(() => stop(), 10_000),
    ];
    // Once the person clicks or types, the focus is theirs: never pull it away afterwards.
    const stop = () => {
      observer.disconnect();
      timers.forEach((t) => window.clearTimeout(t));
      document.removeEventListener('pointerdown', stop, true);
      document.removeEventListener('keydown', stop, true);
    };
    observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener('pointerdown', stop, true);
    document.addEventListener('keydown', stop, true);
    return stop;
  }, [pathname]);
}

export function AppLayout() {
  const { t } = useTranslation();
  const { account } = useSession();
  const entries = useMainNavEntries();
  useFocusHeadingOnNavigate();

  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      {/* right-scroll-bar-position: a modal's scroll lock keeps the fixed header clear of the scrollbar. */}
      <header className={`${classes.header} right-scroll-bar-position`}>
        <Container size="xl" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="xl" wrap="nowrap">
              <Group gap="xs" wrap="nowrap">
                <MobileMenu entries={entries} />
                <Anchor component={Link} to="/" c="white" fw={700} fz="xl" underline="never">
                  {t('shell.appName')}
                </Anchor>
              </Group>
              {account && <DesktopNav entries={entries} />}
            </Group>
            {account ? (
              // Phones and tablets reach these through the burger menu.
              <Group gap="md" wrap="nowrap" visibleFrom={SHELL_BREAKPOINT}>
                <AccountArea />
                <LanguageButton />
              </Group>
            ) : (
              <Group gap="md" wrap="nowrap">
                <Text size="sm" c="white" visibleFrom="sm">
                  {t('shell.tagline')}
                </Text>
                <LanguageButton />
              </Group>
            )}
          </Group>
        </Container>
      </header>
      <main id="main" tabIndex={-1} className={classes.main}>
        <Container size="xl" py="md" px={{ base: 0, sm: 'md' }}>
          <PageOutlet />
        </Container>
      </main>
    </>
  );
}

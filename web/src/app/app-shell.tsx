import { Anchor, AppShell, Container, Group, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useSession } from '../lib/session';
import { MobileMenu } from './mobile-menu';
import { AccountArea, DesktopNav, LanguageButton, SHELL_BREAKPOINT, useMainNavEntries } from './shell-nav';

/** After client-side navigation, focus moves to the new page's heading (screen readers hear it). */
function useFocusHeadingOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = window.setTimeout(() => {
      const heading = document.querySelector<HTMLElement>('main h1');
      heading?.focus();
    }, 50);
    return () => window.clearTimeout(timer);
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
      <AppShell header={{ height: 60 }} padding="md">
        <AppShell.Header bg="blue.9" c="white">
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
        </AppShell.Header>
        <AppShell.Main id="main" tabIndex={-1}>
          <Container size="xl" py="md" px={{ base: 0, sm: 'md' }}>
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </>
  );
}

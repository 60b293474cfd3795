import { Anchor, AppShell, Button, Container, Group, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { currentLanguage, setLanguage } from './i18n';

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
  const language = currentLanguage();
  const other = language === 'de' ? 'en' : 'de';
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
                <Anchor component={Link} to="/" c="white" fw={700} fz="xl" underline="never">
                  Schaltplan
                </Anchor>
                <nav aria-label={t('nav.main')}>
                  <Anchor
                    component={NavLink}
                    to="/"
                    end
                    c="white"
                    fw={500}
                    style={({ isActive }: { isActive: boolean }) => ({
                      textDecoration: isActive ? 'underline' : 'none',
                    })}
                  >
                    {t('nav.tenants')}
                  </Anchor>
                </nav>
              </Group>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" c="white" visibleFrom="sm">
                  {t('shell.tagline')}
                </Text>
                <Button
                  variant="white"
                  color="blue.9"
                  size="xs"
                  lang={other}
                  aria-label={t('shell.switchLanguage')}
                  onClick={() => setLanguage(other)}
                >
                  {other === 'en' ? 'English' : 'Deutsch'}
                </Button>
              </Group>
            </Group>
          </Container>
        </AppShell.Header>
        <AppShell.Main id="main" tabIndex={-1}>
          <Container size="xl" py="md">
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </>
  );
}

import { Anchor, AppShell, Button, Container, Group, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { TECHNICIAN_PATH } from '../features/cutover-technician';
import { paths } from '../lib/paths';
import { usePermissions, useSession } from '../lib/session';
import { currentLanguage, setLanguage } from './i18n';

const navLinkStyle = ({ isActive }: { isActive: boolean }) => ({
  textDecoration: isActive ? 'underline' : 'none',
});

/** Who is signed in (name and role), "Mein Konto" and "Abmelden". */
function AccountArea() {
  const { t } = useTranslation();
  const session = useSession();
  const account = session.account;
  if (!account) return null;
  // Without a session the routes lead to the login page by themselves.
  const signOut = () => session.signOut().catch(() => undefined);
  return (
    <Group gap="sm" wrap="nowrap">
      <Anchor
        component={NavLink}
        to={paths.myAccount()}
        c="white"
        size="sm"
        style={navLinkStyle}
        aria-label={t('shell.accountLabel', { name: account.displayName, role: t(`roles.${account.role}`) })}
      >
        <Text span fw={600} size="sm">
          {account.displayName}
        </Text>{' '}
        <Text span size="sm">
          ({t(`roles.${account.role}`)})
        </Text>
      </Anchor>
      <Button variant="outline" color="white" size="xs" onClick={() => void signOut()} c="white">
        {t('shell.signOut')}
      </Button>
    </Group>
  );
}

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
  const { account } = useSession();
  const { can } = usePermissions();
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
                {account && (
                  <Group component="nav" aria-label={t('nav.main')} gap="lg" wrap="nowrap">
                    {can('cutover.tick') && (
                      <Anchor component={NavLink} to={TECHNICIAN_PATH} c="white" fw={500} style={navLinkStyle}>
                        {t('technician.nav')}
                      </Anchor>
                    )}
                    <Anchor component={NavLink} to="/" end c="white" fw={500} style={navLinkStyle}>
                      {t('nav.tenants')}
                    </Anchor>
                    <Anchor component={NavLink} to={paths.readinessBoard()} c="white" fw={500} style={navLinkStyle}>
                      {t('nav.readinessBoard')}
                    </Anchor>
                    {can('accounts.manage') && (
                      <Anchor component={NavLink} to={paths.accounts()} c="white" fw={500} style={navLinkStyle}>
                        {t('nav.accounts')}
                      </Anchor>
                    )}
                  </Group>
                )}
              </Group>
              <Group gap="md" wrap="nowrap">
                {!account && (
                  <Text size="sm" c="white" visibleFrom="sm">
                    {t('shell.tagline')}
                  </Text>
                )}
                <AccountArea />
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

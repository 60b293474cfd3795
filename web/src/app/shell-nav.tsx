import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths, TECHNICIAN_PATH } from '../lib/paths';
import { usePermissions, useSession } from '../lib/session';
import { currentLanguage, setLanguage } from './i18n';

/** Below this Mantine breakpoint the header collapses into the burger menu (phones, tablets). */
export const SHELL_BREAKPOINT = 'lg';

export interface MainNavEntry {
  to: string;
  label: string;
  /** Match only this exact path (the start page). */
  end?: boolean;
}

/** The main navigation entries the signed-in account may use, in header order. */
export function useMainNavEntries(): MainNavEntry[] {
  const { t } = useTranslation();
  const { account } = useSession();
  const { can } = usePermissions();
  if (!account) return [];
  return [
    ...(can('cutover.tick') ? [{ to: TECHNICIAN_PATH, label: t('technician.nav') }] : []),
    { to: '/', label: t('nav.tenants'), end: true },
    { to: paths.readinessBoard(), label: t('nav.readinessBoard') },
    ...(can('accounts.manage') ? [{ to: paths.accounts(), label: t('nav.accounts') }] : []),
  ];
}

const navLinkStyle = ({ isActive }: { isActive: boolean }) => ({
  textDecoration: isActive ? 'underline' : 'none',
});

/** The header's inline navigation on wide screens. */
export function DesktopNav({ entries }: { entries: MainNavEntry[] }) {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t('nav.main')} gap="lg" wrap="nowrap" visibleFrom={SHELL_BREAKPOINT}>
      {entries.map((entry) => (
        <Anchor
          key={entry.to}
          component={NavLink}
          to={entry.to}
          end={entry.end}
          c="white"
          fw={500}
          style={navLinkStyle}
        >
          {entry.label}
        </Anchor>
      ))}
    </Group>
  );
}

/** Switches between German and English; labelled in the other language. */
export function LanguageButton(props: { fullWidth?: boolean; variant?: 'white' | 'outline'; size?: 'xs' | 'md' }) {
  const { t } = useTranslation();
  const other = currentLanguage() === 'de' ? 'en' : 'de';
  return (
    <Button
      variant="white"
      color="blue.9"
      size="xs"
      lang={other}
      aria-label={t('shell.switchLanguage')}
      onClick={() => setLanguage(other)}
      {...props}
    >
      {t('shell.otherLanguageName')}
    </Button>
  );
}

/** Ends the session; without one the routes lead to the login page by themselves. */
export function useSignOut(): () => void {
  const session = useSession();
  return () => void session.signOut().catch(() => undefined);
}

/** Who is signed in (name and role), "Mein Konto" and "Abmelden", inline in the header on wide screens. */
export function AccountArea() {
  const { t } = useTranslation();
  const { account } = useSession();
  const signOut = useSignOut();
  if (!account) return null;
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
      <Button variant="outline" color="white" size="xs" onClick={signOut} c="white">
        {t('shell.signOut')}
      </Button>
    </Group>
  );
}

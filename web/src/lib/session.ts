import { createContext, useContext } from 'react';
import type { SessionAccountFragment } from '../generated/graphql';
import { roleCan, roleSeesTenant, type Permission } from './permissions';

export interface Session {
  /** The signed-in account; null when nobody is signed in. */
  account: SessionAccountFragment | null;
  /** True when the server ended the session (idle or absolute expiry, deactivation) while in use. */
  expired: boolean;
  /** True right after the user signed out here (the login page then does not lead back). */
  signedOut: boolean;
  /** Asks the server again who is signed in (after login, logout, set password). */
  refresh: () => Promise<void>;
  /** Ends the session on the server and forgets everything cached for it. */
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<Session>({
  account: null,
  expired: false,
  signedOut: false,
  refresh: () => Promise.resolve(),
  signOut: () => Promise.resolve(),
});

export function useSession(): Session {
  return useContext(SessionContext);
}

/** Role checks for the signed-in account: the one place the UI asks "may I show this?". */
export function usePermissions() {
  const { account } = useSession();
  return {
    can: (permission: Permission) => roleCan(account?.role, permission),
    seesTenant: (tenantId: string) => roleSeesTenant(account?.role, account?.tenantIds ?? [], tenantId),
  };
}

/** Listeners told when any operation came back UNAUTHENTICATED (session ended or expired). */
const unauthenticatedListeners = new Set<() => void>();

export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export function reportUnauthenticated(): void {
  for (const listener of unauthenticatedListeners) listener();
}

/** The last account the server confirmed, kept for starting the app without network. */
const LAST_ACCOUNT_KEY = 'schaltplan.session.lastAccount';

export function rememberAccount(account: SessionAccountFragment | null): void {
  if (account) window.localStorage.setItem(LAST_ACCOUNT_KEY, JSON.stringify(account));
  else forgetLastAccount();
}

export function forgetLastAccount(): void {
  window.localStorage.removeItem(LAST_ACCOUNT_KEY);
}

export function lastAccount(): SessionAccountFragment | null {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(LAST_ACCOUNT_KEY) ?? 'null');
    return typeof parsed === 'object' && parsed !== null && 'id' in parsed ? (parsed as SessionAccountFragment) : null;
  } catch {
    return null;
  }
}

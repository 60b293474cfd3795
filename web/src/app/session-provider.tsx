import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Center, Loader } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LogoutDocument, type SessionAccountFragment } from '../generated/graphql';
import { describeError, isUnauthenticated } from '../lib/graphql-errors';
import { fetchSession } from './early-session';
import {
  forgetLastAccount,
  lastAccount,
  onUnauthenticated,
  rememberAccount,
  SessionContext,
  type Session,
} from '../lib/session';

type State =
  | { status: 'loading' }
  | { status: 'ready'; account: SessionAccountFragment | null; expired?: boolean; signedOut?: boolean }
  | { status: 'error' };

/**
 * Knows who is signed in (the `me` query) and tells the routes; when any operation comes back
 * UNAUTHENTICATED the session is over and the routes send the user to the login page.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [state, setState] = useState<State>({ status: 'loading' });

  const load = useCallback(async () => {
    try {
      const result = await fetchSession(client);
      const account = result.data?.me ?? null;
      rememberAccount(account);
      setState({ status: 'ready', account });
    } catch (error) {
      if (isUnauthenticated(error)) {
        forgetLastAccount();
        setState({ status: 'ready', account: null });
        return;
      }
      // Offline (a technician reloading in a basement): go on with the last known account; the
      // server still checks the session cookie on every request once the network is back.
      const offline = describeError(error).kind === 'network' || error instanceof TypeError;
      const known = offline ? lastAccount() : null;
      setState(known ? { status: 'ready', account: known } : { status: 'error' });
    }
  }, [client]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(
    () =>
      onUnauthenticated(() => {
        forgetLastAccount();
        setState({ status: 'ready', account: null, expired: true });
        void client.clearStore();
      }),
    [client],
  );

  const session = useMemo<Session>(
    () => ({
      account: state.status === 'ready' ? state.account : null,
      expired: state.status === 'ready' && !!state.expired,
      signedOut: state.status === 'ready' && !!state.signedOut,
      refresh: async () => {
        // Nothing read under another account may show up under this one.
        await client.clearStore();
        await load();
      },
      signOut: async () => {
        try {
          await client.mutate({ mutation: LogoutDocument });
        } finally {
          forgetLastAccount();
          await client.clearStore();
          setState({ status: 'ready', account: null, signedOut: true });
        }
      },
    }),
    [client, load, state],
  );

  if (state.status === 'loading') {
    return (
      <Center h="100vh" role="status">
        <Loader role="status" aria-label={t('list.loading')} />
      </Center>
    );
  }
  if (state.status === 'error') {
    return (
      <Center h="100vh" p="md">
        <Alert color="red" role="alert" title={t('errors.title')} maw={520}>
          {t('errors.network')}
          <div>
            <Button mt="sm" onClick={() => void load()}>
              {t('actions.reload')}
            </Button>
          </div>
        </Alert>
      </Center>
    );
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './apollo-client';
import { i18n } from './i18n';
import { router } from './routes';
import { SessionProvider } from './session-provider';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  const client = useMemo(createApolloClient, []);
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
          <Notifications position="bottom-right" />
          <SessionProvider>
            <RouterProvider router={router} />
          </SessionProvider>
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}

import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { ErrorBoundary } from './error-boundary';
import { i18n } from './i18n';
import { NotificationsHost } from './notifications-host';
import { AppRoutes } from './routes';
import { SessionProvider } from './session-provider';
import { cssVariablesResolver, theme } from './theme';

export function App({ client }: { client: ApolloClient }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
          <NotificationsHost />
          <SessionProvider>
            <BrowserRouter>
              <ErrorBoundary>
                <AppRoutes />
              </ErrorBoundary>
            </BrowserRouter>
          </SessionProvider>
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dropzone/styles.css';
import 'mantine-datatable/styles.css';
import './app/global.css';
import { createApolloClient } from './app/apollo-client';
import { App } from './app/app';
import { claimEarlyRequests } from './app/early-response-link';
import { requestSessionEarly } from './app/early-session';
import { i18nReady } from './app/i18n';
import { preloadCurrentRoute } from './app/routes';

const root = document.getElementById('root');
if (!root) throw new Error('Root element #root is missing in index.html');
// Production builds only: the dev server's modules are not what the worker precaches.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}

const client = createApolloClient();
claimEarlyRequests();
// The session check first, then the opened page's data and code: all on their way while the
// texts load and the app renders.
requestSessionEarly(client);
preloadCurrentRoute(client);

// A stored English choice loads its texts first, so the first paint is already in English.
void i18nReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  ),
);

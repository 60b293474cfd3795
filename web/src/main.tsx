import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dropzone/styles.css';
import 'mantine-datatable/styles.css';
import './app/global.css';
import { App } from './app/app';

const root = document.getElementById('root');
if (!root) throw new Error('Root element #root is missing in index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

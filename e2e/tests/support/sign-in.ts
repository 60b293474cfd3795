import { expect, type Page } from '@playwright/test';

/** Demo accounts (api/src/database/demo-accounts.ts); the e2e server runs with demo data. */
export const DEMO_PASSWORD = 'Schaltplan-Demo!';
export const DEMO = {
  admin: 'admin@schaltplan.example',
  projectManager: 'projektleitung@schaltplan.example',
  coordinator: 'koordination@amt-musterland.example',
  technician: 'technik@schaltplan.example',
  viewer: 'lesend@amt-musterland.example',
} as const;

/**
 * Signs in through the API; the session cookie lands in the page's browser context. For
 * journeys that are not about the login page itself.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const res = await page.request.post('/graphql', {
    data: {
      query: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { id } }',
      variables: { email, password },
    },
  });
  expect(await res.json()).toMatchObject({ data: { login: { id: expect.any(String) } } });
}

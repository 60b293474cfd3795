import fs from 'node:fs';
import { request, type FullConfig } from '@playwright/test';
import { DEMO, DEMO_PASSWORD } from './tests/support/sign-in';
import { SESSION_DIR, sessionFile } from './tests/support/sessions';

/**
 * Signs every demo role in once through the API and keeps the session cookie as a storage
 * state: journeys that are not about the login start signed in, without a login of their own.
 */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]?.use.baseURL;
  fs.mkdirSync(SESSION_DIR, { recursive: true });
  for (const role of Object.keys(DEMO) as (keyof typeof DEMO)[]) {
    const context = await request.newContext({ baseURL });
    const res = await context.post('/graphql', {
      data: {
        query: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { id } }',
        variables: { email: DEMO[role], password: DEMO_PASSWORD },
      },
    });
    const body = (await res.json()) as { data?: { login?: { id: string } } };
    if (!body.data?.login?.id) throw new Error(`global setup: ${DEMO[role]} could not sign in`);
    await context.storageState({ path: sessionFile(role) });
    await context.dispose();
  }
}

import fs from 'node:fs';
import path from 'node:path';
import { request, type FullConfig } from '@playwright/test';
import { DEMO, DEMO_PASSWORD } from './tests/support/sign-in';
import { sessionFile } from './tests/support/sessions';

/**
 * Signs every demo role in once on each lane's server through the API and keeps the session
 * cookie as a storage state: specs that are not about the login start signed in.
 */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const servers = new Set(config.projects.map((p) => p.use.baseURL));
  await Promise.all([...servers].map((baseURL) => signInAll(baseURL)));
}

async function signInAll(baseURL: string | undefined): Promise<void> {
  for (const role of Object.keys(DEMO) as (keyof typeof DEMO)[]) {
    const file = sessionFile(role, baseURL);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const context = await request.newContext({ baseURL });
    const res = await context.post('/graphql', {
      data: {
        query: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { id } }',
        variables: { email: DEMO[role], password: DEMO_PASSWORD },
      },
    });
    const body = (await res.json()) as { data?: { login?: { id: string } } };
    if (!body.data?.login?.id) throw new Error(`global setup: ${DEMO[role]} could not sign in at ${baseURL}`);
    await context.storageState({ path: file });
    await context.dispose();
  }
}

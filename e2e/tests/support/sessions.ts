import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContextOptions } from '@playwright/test';
import type { DEMO } from './sign-in';

export type Role = keyof typeof DEMO;
export type Language = 'de' | 'en';

/** Per run (the config's data folder), so parallel runs never share sessions. */
export const SESSION_DIR = path.join(process.env.E2E_DATA_DIR ?? os.tmpdir(), 'sessions');

/** One file per role and server: each lane's server has its own sessions. */
export const sessionFile = (role: Role, baseURL: string | undefined): string =>
  path.join(SESSION_DIR, new URL(baseURL ?? 'http://127.0.0.1').port, `${role}.json`);

type StorageState = Exclude<BrowserContextOptions['storageState'], string | undefined>;

/** For test.use({ storageState: storedSession(role) }): the role's session on the lane's server. */
export function storedSession(role: Role) {
  return async ({ baseURL }: { baseURL?: string }, use: (file: string) => Promise<void>): Promise<void> =>
    use(sessionFile(role, baseURL));
}

/**
 * The role's stored session (global-setup.ts) on the given server, optionally with the UI language
 * the web app reads from localStorage on start. For browser.newContext().
 */
export function session(role: Role, baseURL: string | undefined, language?: Language): StorageState {
  const state = JSON.parse(fs.readFileSync(sessionFile(role, baseURL), 'utf8')) as StorageState;
  if (!language) return state;
  return {
    cookies: state.cookies,
    origins: [
      { origin: new URL(baseURL ?? '').origin, localStorage: [{ name: 'schaltplan.language', value: language }] },
    ],
  };
}

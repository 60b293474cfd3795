import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContextOptions } from '@playwright/test';
import type { DEMO } from './sign-in';

export type Role = keyof typeof DEMO;
export type Language = 'de' | 'en';

/** Per run (the config's data folder), so parallel runs never share sessions. */
export const SESSION_DIR = path.join(process.env.E2E_DATA_DIR ?? os.tmpdir(), 'sessions');

export const sessionFile = (role: Role): string => path.join(SESSION_DIR, `${role}.json`);

type StorageState = Exclude<BrowserContextOptions['storageState'], string | undefined>;

/**
 * The role's stored session (global-setup.ts), optionally with the UI language the web app
 * reads from localStorage on start. For test.use({ storageState }) or browser.newContext().
 */
export function session(role: Role, language?: Language): StorageState {
  const state = JSON.parse(fs.readFileSync(sessionFile(role), 'utf8')) as StorageState;
  if (!language) return state;
  const origin = new URL(`http://127.0.0.1:${process.env.E2E_PORT}`).origin;
  return {
    cookies: state.cookies,
    origins: [{ origin, localStorage: [{ name: 'schaltplan.language', value: language }] }],
  };
}

/** Stops the PostgreSQL that global-setup.ts started (a no-op for an external server). */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { stopTestPostgres?: () => Promise<void> }).stopTestPostgres?.();
}

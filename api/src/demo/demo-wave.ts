import type { SqlRunner } from './demo-loader';

/**
 * The demo's cutover night: one Standort whose wave is the day the demo data is loaded, so a
 * fresh start shows the demo technician (assigned to it in demo-accounts.ts) a real day. Not
 * part of the deterministic generator: the date is the load date by design.
 */
export const TODAYS_WAVE = {
  tenant: 'Kreis Musterkreis',
  location: 'Straßenmeisterei Altenbrück',
  windowStart: '17:00',
  windowEnd: '23:00',
  notes: 'Demo: Umstellung heute Abend, Winterdienst-Leitstelle zuerst.',
} as const;

/** Plans the wave for today (Europe/Berlin); the database then materialises the checklists. */
export async function planTodaysWave(db: SqlRunner): Promise<void> {
  await db.query(
    `UPDATE location l SET cutover_date = (now() AT TIME ZONE 'Europe/Berlin')::date,
       cutover_window_start = $3, cutover_window_end = $4, wave_notes = $5
     FROM tenant t WHERE t.id = l.tenant_id AND t.name = $1 AND l.name = $2`,
    [TODAYS_WAVE.tenant, TODAYS_WAVE.location, TODAYS_WAVE.windowStart, TODAYS_WAVE.windowEnd, TODAYS_WAVE.notes],
  );
}

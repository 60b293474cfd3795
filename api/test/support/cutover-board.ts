import type { Created } from './factories';
import { aLocation, aWorkstation } from './factories';
import { asOwner, WAVE } from './plan';
import type { TestApp } from './test-app';

/** Cutover board/burndown tests: states set up directly as the owner (ticks have their own tests). */
export const BURNDOWN = `query($locationId: ID!) { cutoverBurndown(locationId: $locationId) {
  locationId total windowStart windowEnd planned { at remaining } actual { at remaining }
} }`;

export interface Point {
  at: string;
  remaining: number;
}
export interface Burndown {
  locationId: string;
  total: number;
  windowStart: string | null;
  windowEnd: string | null;
  planned: Point[];
  actual: Point[];
}

export interface Wave {
  date: string;
  start?: string;
  end?: string;
}

/** A location of the tenant, with a wave (date and optional window) when given. */
export async function located(api: TestApp, tenant: Created, name: string, wave?: Wave): Promise<Created> {
  const location = await aLocation().of(tenant).with({ name }).create(api);
  if (!wave) return location;
  const { updateLocationWave } = await api.gql<{ updateLocationWave: Created }>(WAVE, {
    input: {
      locationId: location.id,
      version: location.version,
      cutoverDate: wave.date,
      windowStart: wave.start,
      windowEnd: wave.end,
    },
  });
  return { ...updateLocationWave, tenantId: tenant.id };
}

export async function workstations(api: TestApp, location: Created, n: number): Promise<Created[]> {
  const out: Created[] = [];
  for (let i = 0; i < n; i++) out.push(await aWorkstation().at(location).create(api));
  return out;
}

export const setStatus = (api: TestApp, ws: Created, status: string) =>
  asOwner(api, `UPDATE workstation SET cutover_status = $2 WHERE id = $1`, [ws.id, status]);

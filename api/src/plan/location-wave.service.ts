import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { writeAudit } from '../audit/audit-writer';
import { ownerTransaction } from '../auth/owner-db';
import { SessionStore } from '../auth/session.store';
import { invalidInput } from '../common/errors';
import { RequestContext } from '../database/request-context';
import type { Location } from '../locations/location.entity';
import { LocationsService } from '../locations/locations.service';
import type { UpdateLocationWaveInput } from './dto/location-wave.input';
import { activeAccounts } from './plan-accounts';
import type { WaveTechnician } from './plan.models';

/** A Standort's cutover wave: date, time window, notes and the technicians who do it. */
@Injectable()
export class LocationWaveService {
  constructor(
    private readonly locations: LocationsService,
    private readonly dataSource: DataSource,
    private readonly sessions: SessionStore,
  ) {}

  updateWave(input: UpdateLocationWaveInput): Promise<Location> {
    // Windows usually lie outside office hours and may run past midnight, so end < start is fine;
    // half a window is not.
    if (!input.windowStart !== !input.windowEnd) {
      throw invalidInput([
        { field: input.windowStart ? 'windowEnd' : 'windowStart', message: 'a time window needs a start and an end' },
      ]);
    }
    // The location's own optimistic locking and audit trail (one UPDATE entry with the changes).
    return this.locations.update(input.locationId, input.version, {
      cutoverDate: input.cutoverDate ?? null,
      cutoverWindowStart: input.windowStart ?? null,
      cutoverWindowEnd: input.windowEnd ?? null,
      waveNotes: input.waveNotes ?? null,
      checklistTemplateId: input.checklistTemplateId ?? null,
    });
  }

  /** Replaces the wave's technicians and gives each of them access to the Standort. */
  async setTechnicians(locationId: string, accountIds: string[]): Promise<Location> {
    const location = await this.locations.get(locationId);
    const accounts = await activeAccounts(this.dataSource, accountIds);
    const wrong = accountIds.filter((id) => accounts.get(id)?.role !== 'TECHNICIAN');
    if (wrong.length) {
      throw invalidInput([{ field: 'accountIds', message: `${wrong.join(', ')} is not an active technician account` }]);
    }
    const ctx = RequestContext.current();
    const before = await ctx.query<{ account_id: string; account_name: string }>(
      `SELECT account_id, account_name FROM wave_technician WHERE location_id = $1 ORDER BY lower(account_name)`,
      [locationId],
    );
    const after = await ctx.query<{ account_name: string }>(
      `WITH gone AS (
         DELETE FROM wave_technician WHERE location_id = $2 AND NOT (account_id = ANY($3::uuid[]))
       ), added AS (
         INSERT INTO wave_technician (tenant_id, location_id, account_id, account_name)
         SELECT $1, $2, a.id, a.name FROM unnest($3::uuid[], $4::text[]) AS a(id, name)
         ON CONFLICT (tenant_id, location_id, account_id) DO UPDATE SET account_name = EXCLUDED.account_name
         RETURNING account_name
       )
       SELECT account_name FROM added ORDER BY lower(account_name)`,
      [location.tenantId, locationId, accountIds, accountIds.map((id) => accounts.get(id)?.displayName ?? '')],
    );
    const oldNames = before.map((r) => r.account_name);
    const newNames = after.map((r) => r.account_name);
    const added = accountIds.filter((id) => !before.some((r) => r.account_id === id));
    if (JSON.stringify(oldNames) !== JSON.stringify(newNames)) {
      await writeAudit({
        tenantId: location.tenantId,
        objectType: 'LOCATION',
        objectId: location.id,
        objectLabel: location.name,
        action: 'UPDATE',
        changes: { technicians: { old: oldNames, new: newNames } },
        context: added.length ? { grantedLocationAccess: added } : undefined,
      });
    }
    // Technicians see only their locations: the wave grants access (removal from a wave keeps it,
    // an admin withdraws access in the account administration). Last step: the owner write
    // commits on its own, after everything above has succeeded.
    if (added.length) {
      await ownerTransaction(this.dataSource, (query) =>
        query(
          `INSERT INTO account_location (account_id, tenant_id, location_id)
           SELECT unnest($1::uuid[]), $2, $3 ON CONFLICT DO NOTHING`,
          [added, location.tenantId, locationId],
        ),
      );
      // Committed: their next request on this process sees the location (others hear NOTIFY).
      for (const id of added) this.sessions.forgetAccount(id);
    }
    ctx.forgetLoaded();
    return location;
  }

  /** The technicians of many locations in one statement (DataLoader batch). */
  techniciansOf(locationId: string): Promise<WaveTechnician[]> {
    const ctx = RequestContext.current();
    return ctx
      .loader<WaveTechnician[]>('wave:technicians', async (ids) => {
        const rows = await ctx.query<{ location_id: string; account_id: string; account_name: string }>(
          `SELECT location_id, account_id, account_name FROM wave_technician
           WHERE location_id = ANY($1::uuid[]) ORDER BY lower(account_name), account_id`,
          [[...ids]],
        );
        return ids.map((id) =>
          rows.filter((r) => r.location_id === id).map((r) => ({ accountId: r.account_id, name: r.account_name })),
        );
      })
      .load(locationId);
  }
}

import type { TechnicianWorkstationFragment } from '../../../generated/graphql';
import type { KeyValueStorage } from './op-queue';

interface Snapshot {
  savedAt: string;
  workstations: TechnicianWorkstationFragment[];
}

/** How many days' lists are kept per account (today, and a few the technician looked at). */
const KEEP = 3;

const keyOf = (accountId: string) => `schaltplan.cutover.snapshot.${accountId}`;

function readAll(storage: KeyValueStorage, accountId: string): Record<string, Snapshot> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(keyOf(accountId)) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, Snapshot>) : {};
  } catch {
    return {};
  }
}

/** The last list the server sent for this account and day, for use without network. */
export function loadSnapshot(storage: KeyValueStorage, accountId: string, date: string): Snapshot | null {
  return readAll(storage, accountId)[date] ?? null;
}

export function saveSnapshot(
  storage: KeyValueStorage,
  accountId: string,
  date: string,
  workstations: TechnicianWorkstationFragment[],
  now = new Date(),
): void {
  const all = readAll(storage, accountId);
  all[date] = { savedAt: now.toISOString(), workstations };
  const newest = Object.entries(all)
    .sort(([, a], [, b]) => b.savedAt.localeCompare(a.savedAt))
    .slice(0, KEEP);
  try {
    storage.setItem(keyOf(accountId), JSON.stringify(Object.fromEntries(newest)));
  } catch {
    // Storage full: the list still works online, only the offline copy is missing.
  }
}

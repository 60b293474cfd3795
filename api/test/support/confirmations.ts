import type { Session, TestApp } from './test-app';

export interface Change {
  area: string;
  kind: string;
  item: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
}

export interface ConfirmationRow {
  personId: string;
  displayName: string;
  state: string;
  comment: string | null;
  decidedByName: string | null;
  mappings: { printers: { name: string; isDefault: boolean; targetQueue: string | null }[] };
  changes: Change[];
}

/** Every field of a confirmation row, mappings and changes included. */
export const CONFIRMATION_ROW = `personId displayName state comment decidedByName locationName department
  mappings { printers { name isDefault targetQueue } software { product } fileShares { uncPath driveLetter access }
    fachverfahren { name } }
  changes { area kind item field oldValue newValue }`;

/** The confirmation row of one person of the Verwaltung, as the session sees it. */
export async function confirmationRow(
  api: TestApp,
  tenantId: string,
  personId: string,
  session?: Session,
): Promise<ConfirmationRow> {
  const data = await api.gql<{ personConfirmations: { items: ConfirmationRow[] } }>(
    `query($t: ID!) { personConfirmations(tenantId: $t, limit: 1000) { items { ${CONFIRMATION_ROW} } } }`,
    { t: tenantId },
    { session },
  );
  const found = data.personConfirmations.items.find((r) => r.personId === personId);
  if (!found) throw new Error(`person ${personId} not in the list`);
  return found;
}

/** confirmPersons as the session (the admin without one); the raw response, errors included. */
export const confirmPersons = (api: TestApp, tenantId: string, personIds: string[], session?: Session | null) =>
  api.request<{ confirmPersons: { confirmed: number; unchanged: number } }>(
    `mutation($t: ID!, $ids: [ID!]!) { confirmPersons(tenantId: $t, personIds: $ids) { confirmed unchanged } }`,
    { t: tenantId, ids: personIds },
    { session },
  );

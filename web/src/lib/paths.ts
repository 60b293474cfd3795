/** URL segments per inventory object; German because users read and share these links. */
export const SEGMENTS = {
  locations: 'standorte',
  persons: 'personen',
  workstations: 'arbeitsplaetze',
  printers: 'drucker',
  software: 'software',
  fileShares: 'dateiablagen',
  fachverfahren: 'fachverfahren',
} as const;

export type InventoryObject = keyof typeof SEGMENTS;

export const paths = {
  home: () => '/',
  newTenant: () => '/verwaltungen/neu',
  tenant: (tenantId: string) => `/verwaltungen/${tenantId}`,
  editTenant: (tenantId: string) => `/verwaltungen/${tenantId}/bearbeiten`,
  list: (tenantId: string, object: InventoryObject) => `/verwaltungen/${tenantId}/${SEGMENTS[object]}`,
  create: (tenantId: string, object: InventoryObject) => `/verwaltungen/${tenantId}/${SEGMENTS[object]}/neu`,
  detail: (tenantId: string, object: InventoryObject, id: string) =>
    `/verwaltungen/${tenantId}/${SEGMENTS[object]}/${id}`,
  edit: (tenantId: string, object: InventoryObject, id: string) =>
    `/verwaltungen/${tenantId}/${SEGMENTS[object]}/${id}/bearbeiten`,
  locationList: (tenantId: string, locationId: string, object: InventoryObject) =>
    `/verwaltungen/${tenantId}/${SEGMENTS.locations}/${locationId}/${SEGMENTS[object]}`,
};

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

/** The technicians' page ("Umstellung heute"); also their start page. */
export const TECHNICIAN_PATH = '/technik';

export type InventoryObject = keyof typeof SEGMENTS;

/** Only same-site paths are followed after login (no open redirect to another host). */
export function safeReturnPath(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/anmelden') ? value : '/';
}

export const paths = {
  home: () => '/',
  /** The login page; `returnTo` is where the user wanted to go. */
  login: (returnTo?: string) =>
    returnTo && returnTo !== '/' ? `/anmelden?weiter=${encodeURIComponent(returnTo)}` : '/anmelden',
  /** The page behind the one-time set-password link (the token stays in the fragment, not in server logs). */
  setPassword: (token?: string) => (token ? `/passwort-setzen#token=${encodeURIComponent(token)}` : '/passwort-setzen'),
  myAccount: () => '/mein-konto',
  accounts: () => '/konten',
  newAccount: () => '/konten/neu',
  editAccount: (id: string) => `/konten/${id}/bearbeiten`,
  newTenant: () => '/verwaltungen/neu',
  tenant: (tenantId: string) => `/verwaltungen/${tenantId}`,
  editTenant: (tenantId: string) => `/verwaltungen/${tenantId}/bearbeiten`,
  /** The Verwaltung's audit trail ("Änderungen"). */
  audit: (tenantId: string) => `/verwaltungen/${tenantId}/aenderungen`,
  /** The import wizard and its history ("Importverlauf"). */
  importWizard: (tenantId: string) => `/verwaltungen/${tenantId}/import`,
  importHistory: (tenantId: string) => `/verwaltungen/${tenantId}/import/verlauf`,
  /** "Bestätigungen", optionally filtered to a state (?status=OPEN). */
  confirmations: (tenantId: string, state?: string) =>
    `/verwaltungen/${tenantId}/bestaetigungen${state ? `?status=${state}` : ''}`,
  /** The coordinator's "Was ist noch zu tun?". */
  openTasks: (tenantId: string) => `/verwaltungen/${tenantId}/zu-tun`,
  /** "Bereitstellung": the build list of the target environment (JSON/CSV download). */
  provisioning: (tenantId: string) => `/verwaltungen/${tenantId}/bereitstellung`,
  /** Test runs per Fachverfahren and the standard workplace, with sign-off. */
  testRuns: (tenantId: string) => `/verwaltungen/${tenantId}/testlaeufe`,
  /** The Verwaltung's blockers, optionally filtered to one Standort. */
  blockers: (tenantId: string, locationId?: string) =>
    `/verwaltungen/${tenantId}/blocker${locationId ? `?standort=${encodeURIComponent(locationId)}` : ''}`,
  list: (tenantId: string, object: InventoryObject) => `/verwaltungen/${tenantId}/${SEGMENTS[object]}`,
  create: (tenantId: string, object: InventoryObject) => `/verwaltungen/${tenantId}/${SEGMENTS[object]}/neu`,
  detail: (tenantId: string, object: InventoryObject, id: string) =>
    `/verwaltungen/${tenantId}/${SEGMENTS[object]}/${id}`,
  edit: (tenantId: string, object: InventoryObject, id: string) =>
    `/verwaltungen/${tenantId}/${SEGMENTS[object]}/${id}/bearbeiten`,
  /** The project manager's board: every Standort of every assigned Verwaltung. */
  readinessBoard: () => '/umstellungsplan',
  /** Phases and cutover dates of one Verwaltung. */
  timeline: (tenantId: string) => `/verwaltungen/${tenantId}/zeitplan`,
  /** A Standort's cutover wave (date, window, technicians). */
  locationWave: (tenantId: string, locationId: string) =>
    `/verwaltungen/${tenantId}/${SEGMENTS.locations}/${locationId}/umstellung`,
  locationList: (tenantId: string, locationId: string, object: InventoryObject) =>
    `/verwaltungen/${tenantId}/${SEGMENTS.locations}/${locationId}/${SEGMENTS[object]}`,
  /** "Umstellung live": the Verwaltung's cutover board, and one Standort of it with its burndown. */
  cutoverBoard: (tenantId: string) => `/verwaltungen/${tenantId}/umstellung-live`,
  cutoverLocation: (tenantId: string, locationId: string) => `/verwaltungen/${tenantId}/umstellung-live/${locationId}`,
  /** The Verwaltung's checklist templates (the provider's runbook per workstation). */
  checklistTemplates: (tenantId: string) => `/verwaltungen/${tenantId}/checklisten`,
  newChecklistTemplate: (tenantId: string) => `/verwaltungen/${tenantId}/checklisten/neu`,
  checklistTemplate: (tenantId: string, id: string) => `/verwaltungen/${tenantId}/checklisten/${id}`,
  /** After the Abschluss phase: pseudonymise the Verwaltung's persons. */
  projectClosure: (tenantId: string) => `/verwaltungen/${tenantId}/projektabschluss`,
};

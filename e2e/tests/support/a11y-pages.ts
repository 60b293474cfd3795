import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { gql } from './cutover-setup';
import { DEMO } from './sign-in';
import type { Language, Role } from './sessions';
import { uiPattern, uiText } from './ui-text';

/** The objects whose pages the matrix opens, as the role sees them. */
export interface PageIds {
  tenantId: string;
  locationId: string;
  personId: string;
  workstationId: string;
  templateId: string;
  accountId: string;
}

export interface A11yPage {
  name: string;
  roles: readonly Role[];
  path: (ids: PageIds) => string;
  /** Opens a dialog on the page; axe then checks the page with the dialog open. */
  dialog?: (page: Page, language: Language) => Promise<Locator>;
  /** Checked at phone size (the technician's device). */
  phone?: boolean;
}

const ALL: readonly Role[] = ['admin', 'projectManager', 'coordinator', 'technician', 'viewer'];
const WRITERS: readonly Role[] = ['admin', 'projectManager', 'coordinator'];
const PLANNERS: readonly Role[] = ['admin', 'projectManager'];
const ADMIN: readonly Role[] = ['admin'];

const tenant = (ids: PageIds, rest = '') => `/verwaltungen/${ids.tenantId}${rest}`;

async function openDialog(page: Page, opener: Locator): Promise<Locator> {
  await opener.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Every main page of the web app (web/src/app/routes.tsx) with the roles that may open it. */
export const A11Y_PAGES: readonly A11yPage[] = [
  { name: 'Umstellung heute (phone)', roles: ['technician'], path: () => '/technik', phone: true },
  { name: 'Umstellung heute', roles: PLANNERS, path: () => '/technik' },
  { name: 'Verwaltungen', roles: ALL, path: () => '/' },
  { name: 'Umstellungsplan', roles: ALL, path: () => '/umstellungsplan' },
  { name: 'Mein Konto', roles: ALL, path: () => '/mein-konto' },
  { name: 'Konten', roles: ADMIN, path: () => '/konten' },
  { name: 'Keine Berechtigung', roles: ['viewer'], path: () => '/konten' },
  { name: 'Konto anlegen', roles: ADMIN, path: () => '/konten/neu' },
  { name: 'Konto bearbeiten', roles: ADMIN, path: (ids) => `/konten/${ids.accountId}/bearbeiten` },
  { name: 'Verwaltung anlegen', roles: ADMIN, path: () => '/verwaltungen/neu' },
  { name: 'Verwaltung: Übersicht', roles: ALL, path: (ids) => tenant(ids) },
  { name: 'Verwaltung bearbeiten', roles: PLANNERS, path: (ids) => tenant(ids, '/bearbeiten') },
  { name: 'Was ist noch zu tun?', roles: ALL, path: (ids) => tenant(ids, '/zu-tun') },
  { name: 'Standorte', roles: ALL, path: (ids) => tenant(ids, '/standorte') },
  { name: 'Standort', roles: ALL, path: (ids) => tenant(ids, `/standorte/${ids.locationId}/personen`) },
  { name: 'Standort: Umstellung', roles: ALL, path: (ids) => tenant(ids, `/standorte/${ids.locationId}/umstellung`) },
  { name: 'Personen', roles: ALL, path: (ids) => tenant(ids, '/personen') },
  { name: 'Person', roles: ALL, path: (ids) => tenant(ids, `/personen/${ids.personId}`) },
  { name: 'Person anlegen', roles: WRITERS, path: (ids) => tenant(ids, '/personen/neu') },
  { name: 'Arbeitsplätze', roles: ALL, path: (ids) => tenant(ids, '/arbeitsplaetze') },
  { name: 'Arbeitsplatz', roles: ALL, path: (ids) => tenant(ids, `/arbeitsplaetze/${ids.workstationId}`) },
  {
    name: 'Arbeitsplatz bearbeiten',
    roles: WRITERS,
    path: (ids) => tenant(ids, `/arbeitsplaetze/${ids.workstationId}/bearbeiten`),
  },
  { name: 'Drucker', roles: ALL, path: (ids) => tenant(ids, '/drucker') },
  { name: 'Software', roles: ALL, path: (ids) => tenant(ids, '/software') },
  { name: 'Dateiablagen', roles: ALL, path: (ids) => tenant(ids, '/dateiablagen') },
  { name: 'Fachverfahren', roles: ALL, path: (ids) => tenant(ids, '/fachverfahren') },
  { name: 'Bestätigungen', roles: ALL, path: (ids) => tenant(ids, '/bestaetigungen') },
  {
    name: 'Bestätigungen: Ablehnen',
    roles: ['admin', 'coordinator'],
    path: (ids) => tenant(ids, '/bestaetigungen'),
    dialog: (page, lang) =>
      openDialog(
        page,
        page
          .locator('main tbody tr')
          .first()
          .getByRole('button', { name: uiPattern(lang, 'confirmations.rejectPerson') }),
      ),
  },
  { name: 'Zeitplan', roles: ALL, path: (ids) => tenant(ids, '/zeitplan') },
  {
    name: 'Zeitplan: Phase bearbeiten',
    roles: PLANNERS,
    path: (ids) => tenant(ids, '/zeitplan'),
    dialog: (page, lang) =>
      openDialog(page, page.getByRole('button', { name: uiPattern(lang, 'plan.phase.editTitle') }).first()),
  },
  { name: 'Umstellung live', roles: ALL, path: (ids) => tenant(ids, '/umstellung-live') },
  { name: 'Umstellung live: Standort', roles: ALL, path: (ids) => tenant(ids, `/umstellung-live/${ids.locationId}`) },
  { name: 'Checklisten-Vorlagen', roles: ALL, path: (ids) => tenant(ids, '/checklisten') },
  { name: 'Checklisten-Vorlage', roles: ALL, path: (ids) => tenant(ids, `/checklisten/${ids.templateId}`) },
  { name: 'Neue Checklisten-Vorlage', roles: PLANNERS, path: (ids) => tenant(ids, '/checklisten/neu') },
  { name: 'Testläufe', roles: ALL, path: (ids) => tenant(ids, '/testlaeufe') },
  {
    name: 'Testläufe: Testlauf erfassen',
    roles: WRITERS,
    path: (ids) => tenant(ids, '/testlaeufe'),
    dialog: (page, lang) =>
      openDialog(page, page.getByRole('button', { name: uiPattern(lang, 'testRuns.recordFor') }).first()),
  },
  { name: 'Bereitstellung', roles: PLANNERS, path: (ids) => tenant(ids, '/bereitstellung') },
  { name: 'Blocker', roles: ALL, path: (ids) => tenant(ids, '/blocker') },
  {
    name: 'Blocker erfassen',
    roles: WRITERS,
    path: (ids) => tenant(ids, '/blocker'),
    dialog: (page, lang) =>
      openDialog(page, page.getByRole('button', { name: uiText(lang, 'blockers.create'), exact: true })),
  },
  { name: 'Änderungen', roles: ALL, path: (ids) => tenant(ids, '/aenderungen') },
  { name: 'Import', roles: WRITERS, path: (ids) => tenant(ids, '/import') },
  { name: 'Importverlauf', roles: WRITERS, path: (ids) => tenant(ids, '/import/verlauf') },
  { name: 'Projektabschluss', roles: PLANNERS, path: (ids) => tenant(ids, '/projektabschluss') },
];

/** The demo Verwaltung and Standort each role works in (api/src/database/demo-accounts.ts). */
const SCOPE: Record<Role, { tenant: string; location: string }> = {
  admin: { tenant: 'Amt Musterland', location: 'Amtsverwaltung (Rathaus)' },
  projectManager: { tenant: 'Amt Musterland', location: 'Amtsverwaltung (Rathaus)' },
  coordinator: { tenant: 'Amt Musterland', location: 'Amtsverwaltung (Rathaus)' },
  viewer: { tenant: 'Amt Musterland', location: 'Amtsverwaltung (Rathaus)' },
  technician: { tenant: 'Kreis Musterkreis', location: 'Kreishaus' },
};

/** Looks the objects up with the role's own session (what it may read). */
export async function pageIds(request: APIRequestContext, role: Role): Promise<PageIds> {
  const scope = SCOPE[role];
  const { tenants } = await gql<{ tenants: { items: { id: string; name: string }[] } }>(
    request,
    'query($s: String!) { tenants(search: $s) { items { id name } } }',
    { s: scope.tenant },
  );
  const tenantId = tenants.items.find((t) => t.name === scope.tenant)?.id ?? '';
  const { locations } = await gql<{ locations: { items: { id: string; name: string }[] } }>(
    request,
    'query($t: ID!, $s: String!) { locations(tenantId: $t, search: $s) { items { id name } } }',
    { t: tenantId, s: scope.location },
  );
  const locationId = locations.items.find((l) => l.name === scope.location)?.id ?? '';
  const found = await gql<{
    persons: { items: { id: string }[] };
    workstations: { items: { id: string }[] };
    checklistTemplates: { id: string }[];
  }>(
    request,
    `query($t: ID!, $l: ID!) {
      persons(tenantId: $t, locationId: $l, limit: 1) { items { id } }
      workstations(tenantId: $t, locationId: $l, limit: 1) { items { id } }
      checklistTemplates(tenantId: $t) { id }
    }`,
    { t: tenantId, l: locationId },
  );
  let accountId = '';
  if (role === 'admin') {
    const { accounts } = await gql<{ accounts: { items: { id: string }[] } }>(
      request,
      'query($s: String!) { accounts(search: $s) { items { id } } }',
      { s: DEMO.coordinator },
    );
    accountId = accounts.items[0]?.id ?? '';
  }
  const ids = {
    tenantId,
    locationId,
    personId: found.persons.items[0]?.id ?? '',
    workstationId: found.workstations.items[0]?.id ?? '',
    templateId: found.checklistTemplates[0]?.id ?? '',
    accountId,
  };
  for (const [key, value] of Object.entries(ids)) {
    if (key !== 'accountId' || role === 'admin') expect(value, `${role}: ${key}`).not.toBe('');
  }
  return ids;
}

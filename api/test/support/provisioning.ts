import type { Session, TestApp } from './test-app';
import type { Download } from './export-download';

/** GET /api/provisioning?… with the given session (default: the admin; null: none). */
export async function provisioningDownload(
  api: TestApp,
  query: string,
  session: Session | null = api.admin,
): Promise<Download> {
  const res = await fetch(api.url.replace('/graphql', `/api/provisioning?${query}`), {
    headers: session ? { cookie: session.cookie } : {},
  });
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    body: Buffer.from(await res.arrayBuffer()),
  };
}

/** The export's JSON document; fails loudly on anything but a 200 with JSON. */
export async function provisioningJson<T = ProvisioningJson>(
  api: TestApp,
  query: string,
  session?: Session | null,
): Promise<T> {
  const res = await provisioningDownload(api, query, session);
  if (res.status !== 200) throw new Error(`provisioning export: ${res.status} ${res.body.toString()}`);
  return JSON.parse(res.body.toString('utf8')) as T;
}

/** The parts of the JSON document the tests look at (the full shape: provisioning-document.ts). */
export interface ProvisioningJson {
  format: string;
  version: number;
  generatedAt: string;
  tenant: { name: string; kind: string; ags: string };
  filter: { location: string | null; includeUnconfirmed: boolean };
  counts: { persons: number; unconfirmed: number; notExported: number };
  persons: {
    accountName: string;
    location: string | null;
    confirmed: boolean;
    confirmationState: string;
    printers: { default: { name: string; targetQueue: string | null } | null; others: { name: string }[] };
    drives: {
      driveLetter: string | null;
      uncPath: string;
      mapTo: string;
      targetPathMissing: boolean;
      access: string;
    }[];
    software: Record<'standardImage' | 'publishedApps' | 'replaced' | 'undecided', { product: string }[]>;
    fachverfahren: { name: string; targetOperation: string }[];
  }[];
}

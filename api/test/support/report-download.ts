import { writeFileSync } from 'node:fs';
import { pdfPagePng } from './pdf';
import type { Session, TestApp } from './test-app';

export interface ReportResponse {
  status: number;
  contentType: string | null;
  disposition: string | null;
  body: Buffer;
}

/** GET /api/reports/… with the given session (default: the admin; null: none). */
export async function fetchReport(
  api: TestApp,
  path: string,
  session: Session | null = api.admin,
): Promise<ReportResponse> {
  const res = await fetch(api.url.replace('/graphql', `/api/reports/${path}`), {
    headers: session ? { cookie: session.cookie } : {},
  });
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    body: Buffer.from(await res.arrayBuffer()),
  };
}

/** Writes one page as a PNG (to look at it) and returns the PNG's bytes. */
export function savePagePng(pdf: Buffer, page: number, file: string): Buffer {
  const png = pdfPagePng(pdf, page, 80);
  writeFileSync(file, png);
  return png;
}

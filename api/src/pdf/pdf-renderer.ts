import { join } from 'node:path';
import type * as PdfMakeModule from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { repoRoot } from '../common/repo-root';

/**
 * Server-side PDFs (committee report, technician sheet, DSGVO access report): A4, German,
 * Roboto embedded from the pdfmake package so umlauts, ß, „“ and € render everywhere.
 */
const fontDir = join(repoRoot(), 'node_modules', 'pdfmake', 'fonts', 'Roboto');
let loaded: Promise<typeof PdfMakeModule> | null = null;

/** pdfmake, loaded with the first PDF (as exceljs, common/lazy-libraries.ts) and set up once. */
function pdfMake(): Promise<typeof PdfMakeModule> {
  loaded ??= import('pdfmake').then((module) => {
    // pdfmake exports one instance whose methods live on its prototype: only `default` (ESM
    // interop and tsc's __importStar alike) reaches them.
    const instance = (module as unknown as { default?: typeof PdfMakeModule }).default ?? module;
    instance.setFonts({
      Roboto: {
        normal: join(fontDir, 'Roboto-Regular.ttf'),
        bold: join(fontDir, 'Roboto-Medium.ttf'),
        italics: join(fontDir, 'Roboto-Italic.ttf'),
        bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
      },
    });
    // Documents are built from our own data only: no remote images, no files but the fonts.
    instance.setUrlAccessPolicy(() => false);
    instance.setLocalAccessPolicy((path) => path.startsWith(fontDir));
    return instance;
  });
  return loaded;
}

export type PdfContent = Content;

export interface PdfDocument {
  /** Document title (PDF metadata and the running header). */
  title: string;
  /** Shown in the footer of every page with the page number, e.g. "Stand 01.12.2026 14:03 · Schaltplan 0.1.0". */
  footer: string;
  content: Content[];
  /** Landscape for wide tables; portrait by default. */
  landscape?: boolean;
  /** pdfmake styles beyond the shared ones below. */
  styles?: TDocumentDefinitions['styles'];
}

export const PDF_STYLES: NonNullable<TDocumentDefinitions['styles']> = {
  title: { fontSize: 22, bold: true, margin: [0, 0, 0, 12] },
  h1: { fontSize: 15, bold: true, margin: [0, 14, 0, 6] },
  h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
  muted: { color: '#555555', fontSize: 9 },
  tableHeader: { bold: true, fillColor: '#eeeeee' },
};

export async function renderPdf(doc: PdfDocument): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: doc.landscape ? 'landscape' : 'portrait',
    pageMargins: [48, 56, 48, 56],
    info: { title: doc.title, creator: 'Schaltplan', producer: 'Schaltplan' },
    language: 'de-DE',
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: { ...PDF_STYLES, ...doc.styles },
    content: doc.content,
    footer: (page: number, pages: number) => ({
      columns: [
        { text: doc.footer, style: 'muted' },
        { text: `Seite ${page} von ${pages}`, style: 'muted', alignment: 'right' },
      ],
      margin: [48, 16, 48, 0],
    }),
  };
  return (await pdfMake()).createPdf(definition).getBuffer();
}

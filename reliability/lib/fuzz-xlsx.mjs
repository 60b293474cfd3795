// XLSX inputs: valid workbooks written by exceljs (the library the API reads them with), and
// zip bombs: tiny uploads that unpack to hundreds of megabytes of sheet XML.
import { createRequire } from 'node:module';
import path from 'node:path';
import { deflateRawSync, crc32 } from 'node:zlib';
import { root } from '../../bench/lib/api-modules.mjs';

const require = createRequire(path.join(root, 'api/package.json'));
const ExcelJS = require('exceljs');

/**
 * A workbook of `rows` (first row = header) on sheet "Daten"; variants put the header lower,
 * add a sheet before it, or write numbers, dates, formulas and rich text instead of strings.
 */
export async function validXlsx(rows, rng) {
  const workbook = new ExcelJS.Workbook();
  if (rng.bool(0.2)) workbook.addWorksheet('Hinweise').addRow(['Export vom', new Date(Date.UTC(2026, 0, 15))]);
  const sheet = workbook.addWorksheet(rng.bool(0.8) ? 'Daten' : 'Tabelle1 (Kopie) äöü');
  if (rng.bool(0.15)) sheet.addRow(['Inventur']).getCell(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      row.map((cell) => {
        if (/^\d{1,6}$/.test(cell) && rng.bool(0.5)) return Number(cell);
        if (cell && rng.bool(0.05)) return { richText: [{ text: cell.slice(0, 2) }, { text: cell.slice(2) }] };
        if (cell && rng.bool(0.03)) return { formula: '""&"x"', result: cell };
        return cell;
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A zip archive of the given entries (deflated unless `stored`), as an XLSX is one. */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data, stored = false, compressed } of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const body = compressed ?? (stored ? data : deflateRawSync(data, { level: 9 }));
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(stored ? 0 : 8, 8);
    header.writeUInt32LE(data.crc ?? crc32(data), 14);
    header.writeUInt32LE(body.length, 18);
    header.writeUInt32LE(data.size ?? data.length, 22);
    header.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt32LE(data.crc ?? crc32(data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.size ?? data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(header, nameBuf, body);
    centrals.push(central, nameBuf);
    offset += header.length + nameBuf.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Daten" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/**
 * Deflates head + repeat×count + tail without building the whole text: the repeated part is
 * compressed once per 16 MB block and the blocks are joined (a raw deflate stream may consist
 * of several blocks, each ended by a sync flush). Returns the compressed bytes, size and CRC.
 */
function deflateRepeated(head, repeat, count, tail) {
  const block = Buffer.from(repeat.repeat(Math.max(1, Math.floor((16 * 1024 * 1024) / repeat.length))));
  const perBlock = block.length / Buffer.byteLength(repeat);
  const parts = [];
  let crc = 0;
  let size = 0;
  const add = (buf, last) => {
    parts.push(deflateRawSync(buf, { level: 9, finishFlush: last ? undefined : 2 /* Z_SYNC_FLUSH */ }));
    crc = crc32(buf, crc);
    size += buf.length;
  };
  const headBuf = Buffer.from(head);
  add(headBuf, false);
  let compressedBlock;
  for (let left = count; left > 0; left -= perBlock) {
    if (left >= perBlock) {
      compressedBlock ??= deflateRawSync(block, { level: 9, finishFlush: 2 });
      parts.push(compressedBlock);
      crc = crc32(block, crc);
      size += block.length;
    } else add(Buffer.from(repeat.repeat(left)), false);
  }
  add(Buffer.from(tail), true);
  return { compressed: Buffer.concat(parts), size, crc };
}

const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';
const HEADER_ROW = `<row r="1"><c r="A1" t="inlineStr"><is><t>Benutzername</t></is></c></row>`;

/** Zip bombs within the upload limit, by variant (each built once and reused). */
export const BOMB_VARIANTS = {
  /** 20 million identical rows (~1.1 GB of XML): beyond the row limit. */
  manyRows: () =>
    deflateRepeated(
      `${SHEET_HEAD}${HEADER_ROW}`,
      '<row><c t="inlineStr"><is><t>a</t></is></c></row>',
      20e6,
      SHEET_TAIL,
    ),
  /** One cell of 300 MB: more text in one string than a cell may hold. */
  hugeCell: () =>
    deflateRepeated(
      `${SHEET_HEAD}${HEADER_ROW}<row r="2"><c r="A2" t="inlineStr"><is><t>`,
      'A',
      300e6,
      `</t></is></c></row>${SHEET_TAIL}`,
    ),
  /** One row of 2 million cells. */
  wideRow: () =>
    deflateRepeated(`${SHEET_HEAD}${HEADER_ROW}<row r="2">`, '<c><v>1</v></c>', 2e6, `</row>${SHEET_TAIL}`),
  /** Elements nested 5 million deep. */
  deepXml: () => deflateRepeated(`${SHEET_HEAD}${HEADER_ROW}<row r="2">`, '<x>', 5e6, `</row>${SHEET_TAIL}`),
};

export function zipBomb(variant) {
  const sheet = BOMB_VARIANTS[variant]();
  const text = (s) => Buffer.from(s);
  return zip([
    { name: '[Content_Types].xml', data: text(CONTENT_TYPES) },
    { name: '_rels/.rels', data: text(RELS) },
    { name: 'xl/workbook.xml', data: text(WORKBOOK) },
    { name: 'xl/_rels/workbook.xml.rels', data: text(WORKBOOK_RELS) },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: { size: sheet.size, crc: sheet.crc, length: sheet.size },
      compressed: sheet.compressed,
    },
  ]);
}

import { ImportFileError } from './import-file-error';

/** Most an XLSX may unpack to, all entries together (a 500,000-row sheet stays well below). */
export const MAX_UNPACKED_MB = 2048;
/** Real sheets pack 5 to 20 times; far beyond that is a zip bomb (or of no use to an import). */
export const MAX_PACK_RATIO = 100;
/** Small entries may pack as well as they like. */
const RATIO_FROM_BYTES = 1024 * 1024;

const EOCD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CENTRAL_ENTRY = 0x02014b50;
const ZIP64_SIZE = 0xffffffff;

/**
 * Refuses zip bombs before exceljs unpacks anything, by the sizes the zip's central directory
 * declares (`tail`: the file's last bytes). Unpacking a bomb would keep the process busy for
 * minutes, and a huge entry ends in one string larger than the heap allows. A directory outside
 * the tail, or none at all, is left to exceljs, which reports a broken file.
 */
export function checkZipSizes(tail: Buffer): void {
  const end = tail.lastIndexOf(EOCD);
  if (end < 0 || end + 22 > tail.length) return;
  const entries = tail.readUInt16LE(end + 10);
  let p = end - tail.readUInt32LE(end + 12);
  if (p < 0) return;
  const refuse = (): never => {
    throw new ImportFileError('XLSX_UNPACKS_TOO_LARGE', { max: MAX_UNPACKED_MB });
  };
  let total = 0;
  for (let i = 0; i < entries && p + 46 <= end; i++) {
    if (tail.readUInt32LE(p) !== CENTRAL_ENTRY) return;
    const packed = tail.readUInt32LE(p + 20);
    const unpacked = tail.readUInt32LE(p + 24);
    if (unpacked === ZIP64_SIZE || packed === ZIP64_SIZE) refuse();
    if (unpacked > RATIO_FROM_BYTES && unpacked > packed * MAX_PACK_RATIO) refuse();
    total += unpacked;
    if (total > MAX_UNPACKED_MB * 1024 * 1024) refuse();
    p += 46 + tail.readUInt16LE(p + 28) + tail.readUInt16LE(p + 30) + tail.readUInt16LE(p + 32);
  }
}

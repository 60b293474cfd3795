/** PostgreSQL's binary COPY signature: "PGCOPY\n\377\r\n\0". */
const SIGNATURE = Buffer.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00]);

/**
 * The values of a `COPY (SELECT one_bytea_column …) TO STDOUT (FORMAT binary)`, in row order
 * (null for SQL NULL). Throws on anything else: a wrong column count or a cut-off stream.
 */
export function byteaRowsOfBinaryCopy(data: Buffer): (Buffer | null)[] {
  if (data.length < 19 || !data.subarray(0, 11).equals(SIGNATURE)) throw new Error('not a binary COPY stream');
  let at = 19 + data.readUInt32BE(15);
  const rows: (Buffer | null)[] = [];
  for (;;) {
    if (at + 2 > data.length) throw new Error('binary COPY stream ends without its trailer');
    const fields = data.readInt16BE(at);
    at += 2;
    if (fields === -1) return rows;
    if (fields !== 1) throw new Error(`binary COPY row with ${fields} fields, expected 1`);
    if (at + 4 > data.length) throw new Error('binary COPY stream cut off');
    const length = data.readInt32BE(at);
    at += 4;
    if (length === -1) {
      rows.push(null);
      continue;
    }
    if (at + length > data.length) throw new Error('binary COPY stream cut off');
    rows.push(data.subarray(at, at + length));
    at += length;
  }
}

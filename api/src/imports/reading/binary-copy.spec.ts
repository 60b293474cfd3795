import { describe, expect, it } from '@jest/globals';
import { byteaRowsOfBinaryCopy } from './binary-copy';

const header = (extension = Buffer.alloc(0)): Buffer => {
  const fixed = Buffer.alloc(8);
  fixed.writeUInt32BE(extension.length, 4);
  return Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), fixed, extension]);
};
const row = (value: Buffer | null): Buffer => {
  const head = Buffer.alloc(6);
  head.writeInt16BE(1, 0);
  head.writeInt32BE(value ? value.length : -1, 2);
  return Buffer.concat([head, value ?? Buffer.alloc(0)]);
};
const trailer = Buffer.from([0xff, 0xff]);

describe('byteaRowsOfBinaryCopy', () => {
  it('returns each row’s bytes in order, NULL as null, past a header extension', () => {
    const bytes = Buffer.from([0, 1, 2, 0xff]);
    const stream = Buffer.concat([header(Buffer.from('ext!')), row(bytes), row(null), row(Buffer.alloc(0)), trailer]);
    expect(byteaRowsOfBinaryCopy(stream)).toEqual([bytes, null, Buffer.alloc(0)]);
  });

  it('returns no rows for an empty result', () => {
    expect(byteaRowsOfBinaryCopy(Buffer.concat([header(), trailer]))).toEqual([]);
  });

  it('refuses a cut-off stream, a missing trailer, two columns and text output', () => {
    const full = Buffer.concat([header(), row(Buffer.from('abcdef')), trailer]);
    expect(() => byteaRowsOfBinaryCopy(full.subarray(0, full.length - 4))).toThrow('cut off');
    expect(() => byteaRowsOfBinaryCopy(full.subarray(0, full.length - 2))).toThrow('trailer');
    const two = Buffer.concat([header(), Buffer.from([0, 2, 0, 0, 0, 0, 0, 0, 0, 0]), trailer]);
    expect(() => byteaRowsOfBinaryCopy(two)).toThrow('2 fields');
    expect(() => byteaRowsOfBinaryCopy(Buffer.from('\\x0102\n'))).toThrow('not a binary COPY');
  });
});

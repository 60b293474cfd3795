import { crc32, deflateRawSync } from 'node:zlib';

/** A zip of the given entries, deflated, as an XLSX is one (enough for the format sniffer and the zip check). */
export function zipOf(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBuf = Buffer.from(name);
    const packed = deflateRawSync(data, { level: 9 });
    const sizes = (buf: Buffer, at: number): void => {
      buf.writeUInt16LE(8, at);
      buf.writeUInt32LE(crc32(data), at + 6);
      buf.writeUInt32LE(packed.length, at + 10);
      buf.writeUInt32LE(data.length, at + 14);
      buf.writeUInt16LE(nameBuf.length, at + 18);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    sizes(local, 8);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    sizes(central, 10);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An XLSX-shaped zip whose sheet unpacks to `megabytes` of one repeated character. */
export function zipBomb(megabytes: number): Buffer {
  const sheet = Buffer.alloc(megabytes * 1024 * 1024, 'A');
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ]);
}

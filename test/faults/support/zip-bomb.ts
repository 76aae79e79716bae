import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * One deflated entry of `megabytes` MB of zeros, built without ever holding them: 1 MB of
 * zeros deflated with a full flush (so the blocks stand alone) repeated, then a final empty
 * block. `declaredBytes` overrides the size the headers claim, for a zip that lies about it.
 */
export function zerosZip(name: string, megabytes: number, declaredBytes?: number): Buffer {
  const zeros = Buffer.alloc(2 ** 20);
  const block = deflateRawSync(zeros, { flush: constants.Z_FULL_FLUSH, finishFlush: constants.Z_FULL_FLUSH });
  const finalBlock = Buffer.from([0x03, 0x00]);
  const data = Buffer.concat([...Array.from({ length: megabytes }, () => block), finalBlock]);
  let checksum = 0;
  for (let i = 0; i < megabytes; i++) checksum = crc32(zeros, checksum);
  const size = declaredBytes ?? megabytes * 2 ** 20;
  const nameBytes = Buffer.from(name, 'utf8');

  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0800, 6);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(checksum, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(nameBytes.length, 26);

  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(checksum, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);

  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(local.length + nameBytes.length + data.length, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

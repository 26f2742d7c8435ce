// Rewrites one part of a zip package (an .xlsx) for tests: every part is stored uncompressed in the new package.
// Real workbooks carry parts no test library writes (a `_PTC_SETTINGS` defined name holding a string formula).
import * as zlib from "zlib";
import { inflatePart, listParts } from "../../src/cli/zip-parts";

export function repack(bytes: Buffer, name: string, edit: (text: string) => string): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const parts = listParts(bytes);
  for (const p of parts) {
    let data = inflatePart(bytes, p, 64 * 1024 * 1024);
    if (p.name === name) data = Buffer.from(edit(data.toString("utf8")), "utf8");
    const fileName = Buffer.from(p.name, "utf8");
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    locals.push(local, fileName, data);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(data.length, 24);
    cd.writeUInt16LE(fileName.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBytes, end]);
}

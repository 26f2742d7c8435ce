// The parts of a zip package, read from its central directory, and a bounded inflate of one part. This is how the
// .xlsx reader learns the uncompressed size of every part before anything expands it: a 1.6 KB file may claim
// (or really hold) gigabytes.
import * as zlib from "zlib";

export interface ZipPart {
  readonly name: string;
  /** 0 stored, 8 deflate; anything else is not something Excel or WPS writes. */
  readonly method: number;
  readonly compressedSize: number;
  /** As the central directory declares it; `inflatePart` enforces it. */
  readonly size: number;
  readonly localOffset: number;
}

export class ZipError extends Error {
  constructor(
    readonly kind: "corrupt" | "too-large",
    message: string,
  ) {
    super(message);
    this.name = "ZipError";
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** A zip64 size or offset field: the real value is elsewhere, and only packages far over our limits need it. */
const ZIP64 = 0xffffffff;

/** Every entry of the central directory, in directory order. */
export function listParts(bytes: Buffer): ZipPart[] {
  const eocd = findEocd(bytes);
  if (eocd < 0) throw new ZipError("corrupt", "no end of central directory");
  const count = bytes.readUInt16LE(eocd + 10);
  const cdSize = bytes.readUInt32LE(eocd + 12);
  let p = bytes.readUInt32LE(eocd + 16);
  if (p === ZIP64 || cdSize === ZIP64) throw new ZipError("too-large", "zip64 package");
  if (p + cdSize > bytes.length) throw new ZipError("corrupt", "central directory outside the file");
  const out: ZipPart[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL)
      throw new ZipError("corrupt", "bad central directory entry");
    const method = bytes.readUInt16LE(p + 10);
    const compressedSize = bytes.readUInt32LE(p + 20);
    const size = bytes.readUInt32LE(p + 24);
    const nameLen = bytes.readUInt16LE(p + 28);
    const extraLen = bytes.readUInt16LE(p + 30);
    const commentLen = bytes.readUInt16LE(p + 32);
    const localOffset = bytes.readUInt32LE(p + 42);
    if (size === ZIP64 || compressedSize === ZIP64 || localOffset === ZIP64)
      throw new ZipError("too-large", "zip64 entry");
    const name = bytes.toString("utf8", p + 46, p + 46 + nameLen);
    out.push({ name, method, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The uncompressed bytes of a part, never more than `maxBytes` of them (a lying size header is caught here). */
export function inflatePart(bytes: Buffer, part: ZipPart, maxBytes: number): Buffer {
  const h = part.localOffset;
  if (h + 30 > bytes.length || bytes.readUInt32LE(h) !== LOCAL)
    throw new ZipError("corrupt", `bad local header of ${part.name}`);
  const start = h + 30 + bytes.readUInt16LE(h + 26) + bytes.readUInt16LE(h + 28);
  const end = start + part.compressedSize;
  if (end > bytes.length) throw new ZipError("corrupt", `${part.name} runs past the end of the file`);
  const data = bytes.subarray(start, end);
  const limit = Math.min(maxBytes, part.size);
  if (part.method === 0) {
    if (data.length > limit)
      throw new ZipError(data.length > maxBytes ? "too-large" : "corrupt", `${part.name} is larger than declared`);
    return data;
  }
  if (part.method !== 8) throw new ZipError("corrupt", `${part.name}: compression method ${part.method}`);
  let out: Buffer;
  try {
    // one byte over the limit is enough to know the part lies or is too large, without inflating the rest
    out = zlib.inflateRawSync(data, { maxOutputLength: limit + 1 });
  } catch (e) {
    if ((e as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") {
      throw new ZipError(limit === maxBytes ? "too-large" : "corrupt", `${part.name} inflates past ${limit} bytes`);
    }
    throw new ZipError("corrupt", `${part.name}: ${(e as Error).message}`);
  }
  if (out.length > limit)
    throw new ZipError(limit === maxBytes ? "too-large" : "corrupt", `${part.name} inflates past ${limit} bytes`);
  return out;
}

function findEocd(bytes: Buffer): number {
  // the record is 22 bytes plus a comment of at most 65 535 bytes, at the very end
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) if (bytes.readUInt32LE(i) === EOCD) return i;
  return -1;
}

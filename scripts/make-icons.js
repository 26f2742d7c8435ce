#!/usr/bin/env node
// Draws the add-in's ribbon and manifest icons (a sheet with a check mark) as PNGs, with nothing but Node's zlib:
//
//   node scripts/make-icons.js            # writes assets/icon-16.png, -32, -64, -80
//   node scripts/make-icons.js out/ 16 32 # other folder or sizes
//
// Shapes are described in a unit square and rendered with 8×8 supersampling, so every size is drawn, not scaled.
// The output is deterministic: running the script again gives byte-identical files.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const GREEN = [0x21, 0x73, 0x46];
const PALE = [0xd7, 0xea, 0xdf];
const LINE = [0x8d, 0xbf, 0xa3];
const WHITE = [0xff, 0xff, 0xff];
const ORANGE = [0xe8, 0x59, 0x0c];

/** Signed distance helpers return true when (x, y) is inside. */
function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function segment(ax, ay, bx, by, halfWidth) {
  return (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    const px = ax + t * dx - x;
    const py = ay + t * dy - y;
    return px * px + py * py <= halfWidth * halfWidth;
  };
}

function union(...fs) {
  return (x, y) => fs.some((f) => f(x, y));
}

/** Painted in order, later layers on top. */
const LAYERS = [
  { color: GREEN, inside: roundRect(0.02, 0.02, 0.98, 0.98, 0.16) },
  { color: WHITE, inside: roundRect(0.16, 0.14, 0.84, 0.86, 0.04) },
  { color: PALE, inside: roundRect(0.16, 0.14, 0.84, 0.3, 0.04) },
  {
    color: LINE,
    inside: union(
      segment(0.24, 0.42, 0.76, 0.42, 0.02),
      segment(0.24, 0.56, 0.76, 0.56, 0.02),
      segment(0.24, 0.7, 0.56, 0.7, 0.02),
      segment(0.42, 0.32, 0.42, 0.8, 0.02),
    ),
  },
  { color: WHITE, inside: union(segment(0.5, 0.66, 0.62, 0.78, 0.11), segment(0.62, 0.78, 0.88, 0.46, 0.11)) },
  { color: ORANGE, inside: union(segment(0.5, 0.66, 0.62, 0.78, 0.065), segment(0.62, 0.78, 0.88, 0.46, 0.065)) },
];

function render(size) {
  const S = 8;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          let c = null;
          for (const l of LAYERS) if (l.inside(x, y)) c = l.color;
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      // colour averaged over covered samples (straight alpha), alpha = coverage
      rgba[o] = a ? Math.round(r / a) : 0;
      rgba[o + 1] = a ? Math.round(g / a) : 0;
      rgba[o + 2] = a ? Math.round(b / a) : 0;
      rgba[o + 3] = Math.round((255 * a) / (S * S));
    }
  }
  return rgba;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main(argv) {
  const dirArg = argv.find((a) => !/^\d+$/.test(a));
  const sizes = argv.filter((a) => /^\d+$/.test(a)).map(Number);
  const dir = path.resolve(__dirname, "..", dirArg ?? "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of sizes.length ? sizes : [16, 32, 64, 80]) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, png(size, render(size)));
    console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { png, render };

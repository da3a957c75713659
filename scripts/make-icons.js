#!/usr/bin/env node
/**
 * Writes the add-in icons (16, 32, 64, 80 px PNG) into assets/: a green rounded tile with three
 * white bars rising (a budget follow-up chart). Pure Node (zlib), so no image tool is needed;
 * run `node scripts/make-icons.js` after changing the drawing, and commit the PNGs.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
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

/** RGBA pixel at (x, y) of a size×size icon, in unit coordinates with 4× supersampling for smooth edges. */
function pixel(size, x, y) {
  const S = 4;
  let r = 0,
    g = 0,
    b = 0,
    a = 0;
  for (let i = 0; i < S; i++)
    for (let j = 0; j < S; j++) {
      const u = (x + (i + 0.5) / S) / size;
      const v = (y + (j + 0.5) / S) / size;
      const c = shade(u, v);
      r += c[0] * c[3];
      g += c[1] * c[3];
      b += c[2] * c[3];
      a += c[3];
    }
  if (a === 0) return [0, 0, 0, 0];
  return [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((a / (S * S)) * 255)];
}

function shade(u, v) {
  // Rounded square tile.
  const radius = 0.18;
  const dx = Math.max(0, Math.abs(u - 0.5) - (0.5 - radius));
  const dy = Math.max(0, Math.abs(v - 0.5) - (0.5 - radius));
  if (dx * dx + dy * dy > radius * radius) return [0, 0, 0, 0];
  // Three bars, rising left to right, on Excel green.
  const bars = [
    [0.2, 0.36, 0.58],
    [0.42, 0.58, 0.4],
    [0.64, 0.8, 0.22],
  ];
  for (const [l, r, top] of bars)
    if (u >= l && u <= r && v >= top && v <= 0.8) return [255, 255, 255, 1];
  return [16, 124, 65, 1];
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const p = pixel(size, x, y);
      p.forEach((c, k) => (raw[y * (size * 4 + 1) + 1 + x * 4 + k] = c));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80]) {
  fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size));
  console.log(`assets/icon-${size}.png`);
}

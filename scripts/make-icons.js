// Draws the add-in icons (a bar chart with a check mark on a teal tile) as PNGs, with no image library.
// Run once: node scripts/make-icons.js  (the PNGs in assets/ are committed).
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x / size, y / size, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}
const teal = [0, 120, 110, 255], white = [255, 255, 255, 255], gold = [245, 190, 40, 255], clear = [0, 0, 0, 0];
function icon(u, v) {
  const r = 0.16; // rounded tile corners
  const cx = Math.min(Math.max(u, r), 1 - r), cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return clear;
  // three bars rising left to right
  const bars = [[0.18, 0.32, 0.60], [0.40, 0.54, 0.45], [0.62, 0.76, 0.28]];
  for (const [x0, x1, top] of bars) if (u >= x0 && u < x1 && v >= top && v < 0.84) return white;
  // check mark in gold across the top
  const d1 = Math.abs((v - 0.30) - (u - 0.16) * 0.9) < 0.05 && u > 0.14 && u < 0.30;
  const d2 = Math.abs((v - 0.44) + (u - 0.30) * 1.2) < 0.05 && u >= 0.28 && u < 0.56;
  if (d1 || d2) return gold;
  return teal;
}
for (const size of [16, 32, 64, 80, 128]) {
  // supersample 4x4 for smooth edges
  const img = png(size, (u, v, s) => {
    const acc = [0, 0, 0, 0];
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) {
      const p = icon(u + (i + 0.5) / (4 * s), v + (j + 0.5) / (4 * s));
      acc[0] += p[0] * p[3]; acc[1] += p[1] * p[3]; acc[2] += p[2] * p[3]; acc[3] += p[3];
    }
    const a = acc[3] / 16;
    return a === 0 ? clear : [acc[0] / acc[3], acc[1] / acc[3], acc[2] / acc[3], a].map(Math.round);
  });
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), img);
}
console.log("icons written");

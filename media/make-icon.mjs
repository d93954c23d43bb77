// Draws media/icon.png (128×128): a white envelope with a check mark on a deep blue tile.
// node media/make-icon.mjs — no image library needed; 4×4 supersampling for smooth edges.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const N = 128, S = 4;
const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r), cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const distToSegment = (px, py, ax, ay, bx, by) => {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};
function color(x, y) {
  if (!inRoundRect(x, y, 4, 4, 124, 124, 24)) return null;
  let c = [31, 78, 121]; // background
  if (inRoundRect(x, y, 22, 36, 106, 96, 8)) {
    c = [255, 255, 255];
    if (distToSegment(x, y, 26, 40, 64, 70) < 3.2 || distToSegment(x, y, 102, 40, 64, 70) < 3.2) c = [176, 196, 222];
  }
  // the check mark badge
  if ((x - 96) ** 2 + (y - 92) ** 2 <= 22 ** 2) {
    c = [46, 160, 67];
    if (distToSegment(x, y, 85, 92, 93, 100) < 3.6 || distToSegment(x, y, 93, 100, 107, 84) < 3.6) c = [255, 255, 255];
  } else if ((x - 96) ** 2 + (y - 92) ** 2 <= 25 ** 2) c = [31, 78, 121];
  return c;
}
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0;
  for (let x = 0; x < N; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
      const c = color(x + (sx + 0.5) / S, y + (sy + 0.5) / S);
      if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
    }
    const o = y * (N * 4 + 1) + 1 + x * 4;
    raw[o] = a ? r / a : 0; raw[o + 1] = a ? g / a : 0; raw[o + 2] = a ? b / a : 0; raw[o + 3] = Math.round((a / (S * S)) * 255);
  }
}
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (buf) => { let c = 0xffffffff; for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]); };
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4); ihdr[8] = 8; ihdr[9] = 6;
writeFileSync(new URL("./icon.png", import.meta.url), Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]));

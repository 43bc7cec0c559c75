// The toolbar icon, drawn here rather than kept as binary files: a lens (ring
// and handle) over the four label colours, on the ink of the highlights.
// Antialiased by 4x4 supersampling; written as an 8-bit RGBA PNG.

import zlib from 'node:zlib';

const INK = [17, 24, 39];
const WHITE = [255, 255, 255];
const BARS = [[29, 78, 216], [21, 128, 61], [180, 83, 9], [190, 18, 60]]; // quote, attributed, vague, unsourced

/** The colour at (x, y) in a unit square, or null (transparent). */
function paint(x, y) {
  // Rounded square background.
  const r = 0.2, d = Math.max(Math.abs(x - 0.5), Math.abs(y - 0.5));
  const cx = Math.max(0, Math.abs(x - 0.5) - (0.5 - r)), cy = Math.max(0, Math.abs(y - 0.5) - (0.5 - r));
  if (d > 0.5 || Math.hypot(cx, cy) > r) return null;
  // Lens: ring centred at (0.43, 0.43), handle towards the bottom right.
  const lx = x - 0.43, ly = y - 0.43, dist = Math.hypot(lx, ly);
  if (dist > 0.2 && dist < 0.29) return WHITE;
  const t = (x - 0.6 + (y - 0.6)) / 2; // along the handle's axis
  const off = Math.abs((x - 0.6) - (y - 0.6)) / Math.SQRT2;
  if (t > 0 && t < 0.2 && off < 0.06) return WHITE;
  if (dist <= 0.2) {
    // Inside the lens: four bands, one per label.
    const band = Math.min(3, Math.max(0, Math.floor((y - 0.23) / 0.1)));
    return BARS[band];
  }
  return INK;
}

export function drawIcon(size) {
  const n = 4; // samples per axis
  const px = Buffer.alloc(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let [R, G, B, A] = [0, 0, 0, 0];
      for (let v = 0; v < n; v++) {
        for (let u = 0; u < n; u++) {
          const c = paint((i + (u + 0.5) / n) / size, (j + (v + 0.5) / n) / size);
          if (!c) continue;
          R += c[0]; G += c[1]; B += c[2]; A++;
        }
      }
      const k = (j * size + i) * 4;
      if (A) [px[k], px[k + 1], px[k + 2]] = [R / A, G / A, B / A];
      px[k + 3] = Math.round((255 * A) / (n * n));
    }
  }
  return png(size, size, px);
}

function png(w, h, rgba) {
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) rgba.copy(raw, y * (w * 4 + 1) + 1, y * w * 4, (y + 1) * w * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit, RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// Draws the toolbar icon (a lens over a certificate seal) as PNGs in every store size.
// Run once by hand: `node scripts/make-icons.mjs`; the PNGs are committed in public/icons.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  const s = size / 128;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = (x + 0.5) / s, cy = (y + 0.5) / s;
      let rgba = [0, 0, 0, 0];
      const d = Math.hypot(cx - 54, cy - 54);
      // handle of the lens
      const along = ((cx - 54) + (cy - 54)) / Math.SQRT2;
      const across = Math.abs((cx - 54) - (cy - 54)) / Math.SQRT2;
      if (along > 40 && along < 90 && across < 9) rgba = [60, 64, 72, 255];
      if (d < 46) rgba = [60, 64, 72, 255]; // rim
      if (d < 38) rgba = [255, 248, 225, 255]; // glass
      // a red seal with a white tick inside the glass
      if (Math.hypot(cx - 54, cy - 54) < 22) rgba = [200, 40, 40, 255];
      const t1 = Math.abs((cy - 58) - (cx - 44)) < 4 && cx > 42 && cx < 52;
      const t2 = Math.abs((cy - 66) + (cx - 52)) < 4 && cx > 50 && cx < 67;
      if ((t1 || t2) && d < 22) rgba = [255, 255, 255, 255];
      px.set(rgba, (y * size + x) * 4);
    }
  }
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, draw(size));

// The pixel size of a PNG or JPEG, read from its header, as pdfkit will draw it (EXIF rotations swap the sides).

export interface PixelSize {
  w: number;
  h: number;
}

const u16 = (d: Uint8Array, o: number) => (d[o]! << 8) | d[o + 1]!;
const u32 = (d: Uint8Array, o: number) => ((d[o]! << 24) >>> 0) + (d[o + 1]! << 16) + (d[o + 2]! << 8) + d[o + 3]!;

export function imageSize(data: Uint8Array, format: 'png' | 'jpeg'): PixelSize | null {
  return format === 'png' ? pngSize(data) : jpegSize(data);
}

function pngSize(d: Uint8Array): PixelSize | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (d.length < 24 || signature.some((b, i) => d[i] !== b)) return null;
  const w = u32(d, 16);
  const h = u32(d, 20);
  return w > 0 && h > 0 ? { w, h } : null;
}

function jpegSize(d: Uint8Array): PixelSize | null {
  if (d.length < 4 || d[0] !== 0xff || d[1] !== 0xd8) return null;
  let pos = 2;
  let rotated = false;
  while (pos + 4 <= d.length) {
    if (d[pos] !== 0xff) return null;
    const marker = d[pos + 1]!;
    if (marker === 0xff) {
      pos++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      pos += 2;
      continue;
    }
    const length = u16(d, pos + 2);
    if (marker === 0xe1) rotated = exifRotates(d, pos + 4, pos + 2 + length) || rotated;
    // Start of frame (any coding process but DHT, JPG and DAC): height, then width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (pos + 9 > d.length) return null;
      const h = u16(d, pos + 5);
      const w = u16(d, pos + 7);
      if (w === 0 || h === 0) return null;
      return rotated ? { w: h, h: w } : { w, h };
    }
    if (marker === 0xda || marker === 0xd9) return null;
    pos += 2 + length;
  }
  return null;
}

/** Whether an APP1 Exif segment says the image is turned a quarter (orientations 5–8). */
function exifRotates(d: Uint8Array, start: number, end: number): boolean {
  if (end > d.length || start + 14 > end) return false;
  const header = String.fromCharCode(...d.subarray(start, start + 6));
  if (header !== 'Exif\0\0') return false;
  const tiff = start + 6;
  const little = d[tiff] === 0x49;
  const r16 = (o: number) => (little ? d[o]! | (d[o + 1]! << 8) : u16(d, o));
  const r32 = (o: number) => (little ? (d[o]! | (d[o + 1]! << 8) | (d[o + 2]! << 16)) + d[o + 3]! * 0x1000000 : u32(d, o));
  if (r16(tiff + 2) !== 42) return false;
  const ifd = tiff + r32(tiff + 4);
  if (ifd + 2 > end) return false;
  const count = r16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return false;
    if (r16(entry) === 0x0112) {
      const value = r16(entry + 8);
      return value >= 5 && value <= 8;
    }
  }
  return false;
}

// Chart blocks as PNG images for Word: the chart laid out as the PDF writer lays it out (../pdf/chart-layout.ts, the
// same geometry and Noto Sans metrics), drawn by pureimage at twice the resolution Word shows it at, encoded by
// fast-png (pure JavaScript, so the same chart gives the same bytes on every machine).
import { createRequire } from 'node:module';
import { encode } from 'fast-png';
import type { ChartBlock } from '../../document/model.js';
import type { Theme } from '../../document/theme.js';
import { fitChart, type ChartFont } from '../pdf/chart-layout.js';
import { fontFile } from '../pdf/fonts.js';

/** Pixels (1/96 in), as Word sizes images, per point; the PNG has twice as many. */
const PX_PER_PT = 96 / 72;
const RESOLUTION = 2;
const SCALE = PX_PER_PT * RESOLUTION;

type PureImage = typeof import('pureimage');
/** The parts of pureimage's opentype.js (0.4) font used here. */
interface OtFont {
  unitsPerEm: number;
  ascender: number;
  descender: number;
  charToGlyph(char: string): { advanceWidth: number };
}

const advance = (font: OtFont, text: string, size: number): number => {
  let units = 0;
  for (const char of text) units += font.charToGlyph(char).advanceWidth;
  return (units * size) / font.unitsPerEm;
};

let loaded: { pi: PureImage; regular: OtFont; bold: OtFont } | undefined;

/** pureimage and Noto Sans, loaded on the first chart: a document without charts does not pay for them. */
function drawing(): { pi: PureImage; regular: OtFont; bold: OtFont } {
  if (loaded) return loaded;
  const pi = createRequire(import.meta.url)('pureimage') as PureImage;
  const register = (key: 'regular' | 'bold'): OtFont => pi.registerFont(fontFile(key), `wpsplan-chart-${key}`).loadSync().font as unknown as OtFont;
  loaded = { pi, regular: register('regular'), bold: register('bold') };
  return loaded;
}

export interface ChartImage {
  png: Uint8Array;
  /** The size Word shows the image at, in pixels of 1/96 in. */
  width: number;
  height: number;
}

/** The chart `widthPt` points wide and at most `heightPt` tall (see fitChart), as a PNG. */
export function chartImage(block: ChartBlock, theme: Theme, widthPt: number, heightPt = Infinity): ChartImage {
  const { pi, regular, bold } = drawing();
  const font: ChartFont = {
    width: (text, size, isBold) => advance(isBold ? bold : regular, text, size),
    ascent: regular.ascender / regular.unitsPerEm,
    descent: -regular.descender / regular.unitsPerEm,
  };
  const width = Math.max(1, Math.floor(widthPt * PX_PER_PT));
  const geometry = fitChart(block, width / PX_PER_PT, heightPt, theme, font);
  const height = Math.max(1, Math.ceil(geometry.height * PX_PER_PT));
  const bitmap = pi.make(width * RESOLUTION, height * RESOLUTION);
  const ctx = bitmap.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, bitmap.width, bitmap.height);
  for (const shape of geometry.shapes) {
    ctx.fillStyle = shape.color;
    if (shape.k === 'rect') {
      // Whole pixels keep thin grid lines and ticks crisp.
      ctx.fillRect(Math.round(shape.x * SCALE), Math.round(shape.y * SCALE), Math.max(1, Math.round(shape.w * SCALE)), Math.max(1, Math.round(shape.h * SCALE)));
    } else {
      ctx.font = `${shape.size * SCALE}px wpsplan-chart-${shape.bold ? 'bold' : 'regular'}`;
      ctx.fillText(shape.text, shape.x * SCALE, shape.y * SCALE);
    }
  }
  // The background is opaque white: an RGB image without the alpha channel is a quarter smaller.
  const rgba = bitmap.data;
  const rgb = new Uint8Array((rgba.length / 4) * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    rgb[j] = rgba[i]!;
    rgb[j + 1] = rgba[i + 1]!;
    rgb[j + 2] = rgba[i + 2]!;
  }
  const png = encode({ width: bitmap.width, height: bitmap.height, data: rgb, channels: 3, depth: 8 });
  return { png, width, height };
}

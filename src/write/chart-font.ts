// Noto Sans for the charts drawn outside the PDF (Word images, HTML SVG): loaded through pureimage on the first chart, measured with its metrics.
import { createRequire } from 'node:module';
import type { ChartFont } from './pdf/chart-layout.js';
import { fontFile } from './pdf/fonts.js';

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

let loaded: { pi: PureImage; font: ChartFont } | undefined;

/** pureimage, with Noto Sans registered as `wpsplan-chart-regular` and `wpsplan-chart-bold`, and the font's metrics; a document without charts does not pay for them. */
export function chartDrawing(): { pi: PureImage; font: ChartFont } {
  if (loaded) return loaded;
  const pi = createRequire(import.meta.url)('pureimage') as PureImage;
  const register = (key: 'regular' | 'bold'): OtFont => pi.registerFont(fontFile(key), `wpsplan-chart-${key}`).loadSync().font as unknown as OtFont;
  const regular = register('regular');
  const bold = register('bold');
  const font: ChartFont = {
    width: (text, size, isBold) => advance(isBold ? bold : regular, text, size),
    ascent: regular.ascender / regular.unitsPerEm,
    descent: -regular.descender / regular.unitsPerEm,
  };
  loaded = { pi, font };
  return loaded;
}

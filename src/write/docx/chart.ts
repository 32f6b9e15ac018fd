// Chart blocks as PNG images for Word: the chart laid out as the PDF writer lays it out (../pdf/chart-layout.ts, the
// same geometry and Noto Sans metrics), drawn by pureimage at twice the resolution Word shows it at, encoded by
// fast-png (pure JavaScript, so the same chart gives the same bytes on every machine).
import { encode } from 'fast-png';
import type { ChartBlock } from '../../document/model.js';
import type { Theme } from '../../document/theme.js';
import { fitChart } from '../pdf/chart-layout.js';
import { chartDrawing } from '../chart-font.js';

/** Pixels (1/96 in), as Word sizes images, per point; the PNG has twice as many. */
const PX_PER_PT = 96 / 72;
const RESOLUTION = 2;
const SCALE = PX_PER_PT * RESOLUTION;

export interface ChartImage {
  png: Uint8Array;
  /** The size Word shows the image at, in pixels of 1/96 in. */
  width: number;
  height: number;
}

/** The chart `widthPt` points wide and at most `heightPt` tall (see fitChart), as a PNG. */
export function chartImage(block: ChartBlock, theme: Theme, widthPt: number, heightPt = Infinity): ChartImage {
  const { pi, font } = chartDrawing();
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

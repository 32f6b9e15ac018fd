// The geometry of a chart block, shared by the PDF writer (which draws it as vector graphics, ./chart.ts) and the
// Word writer (which paints it into a PNG, ../docx/chart.ts), so that both show the same chart. Points, y down, the
// origin at the top left of the chart. Text is measured with the writer's copy of Noto Sans (the same file in both),
// so labels wrap and shorten alike.
//
// From the top: the title (bold, the h4 size, in the heading colour like a table's caption); one row per category
// with its label in the left 30 % (wrapped on two lines, or more where the bars are taller, and cut short with "…"),
// the bars to the right on a light grid, the values after the bars (stacked: the total after the bar, each segment's
// value inside it where it fits), and a dark tick at the category's marker; the tick labels under the grid; the
// legend. A bar longer than the axis stops at its end with a white break a little before it, and its value is printed
// as it is. The axis runs from 0 to `max`, or to the largest bar (the largest total when stacked).
import type { ChartBlock } from '../../document/model.js';
import type { Theme } from '../../document/theme.js';

export type ChartShape =
  /** A filled rectangle (bars, grid lines, marker ticks and legend squares are all rectangles). */
  | { k: 'rect'; x: number; y: number; w: number; h: number; color: string }
  /** Text on a baseline, starting at `x`. */
  | { k: 'text'; x: number; y: number; text: string; size: number; bold: boolean; color: string; part: 'title' | 'label' | 'tick' | 'value' | 'legend' };

export interface ChartGeometry {
  width: number;
  height: number;
  /** In painting order: every rectangle comes before the text that may stand on it. */
  shapes: ChartShape[];
}

export interface ChartFont {
  /** The advance width of `text` at `size` points, in the regular or the bold face. */
  width(text: string, size: number, bold: boolean): number;
  /** Ascent and descent (positive), as fractions of the size. */
  ascent: number;
  descent: number;
}

/** Bar thickness, the gap between the bars of a group, and the gap between groups (grouped, stacked), in points. */
const BAR = 13;
const INNER_GAP = 1.5;
const GROUP_GAP = { grouped: 8, stacked: 5 };
/** The share of the width for the category labels. */
const LABEL_SHARE = 0.3;
/** Space between a bar's end and its value. */
const VALUE_GAP = 3;

const HEX = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;

/** `#rrggbb` (or `#rgb`) in lower case, or the fallback. */
function color(value: string | undefined, fallback: string): string {
  const m = HEX.exec(value?.trim() ?? '');
  if (!m?.[1]) return fallback;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return `#${h.toLowerCase()}`;
}

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** `a` mixed with `b`, `t` of the way to `b`. */
function mix(a: string, b: string, t: number): string {
  const ca = channels(a);
  const cb = channels(b);
  return `#${ca.map((c, i) => Math.round(c + (cb[i]! - c) * t).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** A number as the chart prints it: at most `decimals` decimals, no trailing zeros, "-0" as "0", the language's decimal separator. */
export function formatNumber(value: number, decimals = 1, separator = '.'): string {
  if (!Number.isFinite(value)) return '–';
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return String(Object.is(r, -0) ? 0 : r).replace('.', separator);
}

/** The distance between ticks: 1, 2, 2.5 or 5 times a power of ten, for at most four intervals up to `max`. */
export function tickStep(max: number, integers: boolean): number {
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) {
    const step = m * power;
    if (integers && step < 1) continue;
    if (integers && m === 2.5 && power < 10) continue;
    if (step >= raw * (1 - 1e-9)) return step;
  }
  return 10 * power;
}

/** Decimals needed to print multiples of `step`. */
function decimalsOf(step: number): number {
  for (let d = 0; d < 6; d++) if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-6) return d;
  return 6;
}

/** `text` cut short with "…" to fit `width`. */
export function shorten(text: string, width: number, measure: (t: string) => number): string {
  if (measure(text) <= width) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  // The longest prefix that fits with the ellipsis (binary search: measuring is monotonic in the prefix length).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** Greedy line breaking at spaces into at most `maxLines` lines; a line that is still too wide is cut with "…". */
export function wrapText(text: string, width: number, maxLines: number, measure: (t: string) => number): string[] {
  const words = text.normalize('NFC').split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line === '' || measure(candidate) <= width) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    // The text left over goes on the last line, which is then too wide and gets the ellipsis.
    const rest = lines.slice(maxLines - 1).join(' ');
    lines.length = maxLines - 1;
    lines.push(rest);
  }
  return lines.map((l) => shorten(l, width, measure));
}

/** A value, or null where there is none (missing, or not a finite number): no bar, and "–" for its value. */
const clean = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export interface ChartOptions {
  /** At most 1: thinner bars and gaps, for a chart that would otherwise be taller than a page. */
  density?: number;
  /** The most lines a category label may take (the default: two, more where a group of bars is taller). */
  labelLines?: number;
}

/** Lays a chart out `width` points wide. */
export function chartGeometry(block: ChartBlock, width: number, theme: Theme, font: ChartFont, options: ChartOptions = {}): ChartGeometry {
  const density = options.density ?? 1;
  const { sizes } = theme;
  const textColor = color(theme.colors.text, '#1a1a1a');
  const muted = color(theme.colors.muted, '#595959');
  const headingColor = color(theme.colors.heading, textColor);
  const gridColor = mix(muted, '#ffffff', 0.8);
  const axisColor = mix(muted, '#ffffff', 0.35);
  const accent = color(theme.colors.accent, '#2e75b6');
  const titleSize = sizes.h4;
  const textSize = sizes.table;
  const smallSize = sizes.small;
  const baseline = (lineHeight: number, size: number) => (lineHeight - (font.ascent + font.descent) * size) / 2 + font.ascent * size;
  const measure = (size: number, bold = false) => (t: string) => font.width(t, size, bold);
  /** White or the text colour, whichever stands out more on a bar of this colour. */
  const inkOn = (fill: string) => (contrast('#ffffff', fill) >= contrast(textColor, fill) ? '#ffffff' : textColor);

  const rects: ChartShape[] = [];
  const texts: ChartShape[] = [];
  const text = (x: number, y: number, t: string, size: number, c: string, part: Extract<ChartShape, { k: 'text' }>['part'], bold = false) => {
    if (t !== '') texts.push({ k: 'text', x, y, text: t, size, bold, color: c, part });
  };
  const rect = (x: number, y: number, w: number, h: number, c: string) => {
    if (w > 0 && h > 0) rects.push({ k: 'rect', x, y, w, h, color: c });
  };

  let y = 0;
  // The title, in the order of reading before everything else.
  const titleLine = titleSize * 1.25;
  const titleLines = wrapText(block.title, width, 3, measure(titleSize, true));
  const title: ChartShape[] = [];
  for (const line of titleLines) {
    title.push({ k: 'text', x: 0, y: y + baseline(titleLine, titleSize), text: line, size: titleSize, bold: true, color: headingColor, part: 'title' });
    y += titleLine;
  }
  if (titleLines.length > 0) y += 6;

  const categories = block.categories.map((c) => c.normalize('NFC'));
  const series = block.series.map((s) => ({
    name: s.name.normalize('NFC'),
    color: color(s.color, accent),
    values: categories.map((_, i) => clean(s.values[i])),
  }));
  const unit = block.unit?.trim() ?? '';
  const withUnit = (s: string) => (unit ? `${s} ${unit}` : s);
  const totals = categories.map((_, c) => series.reduce((sum, s) => sum + Math.max(0, s.values[c] ?? 0), 0));
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const largest = Math.max(0, ...(block.stacked ? totals : all));
  const axisMax = typeof block.max === 'number' && Number.isFinite(block.max) && block.max > 0 ? block.max : largest > 0 ? largest : 1;
  const integers = all.every(Number.isInteger) && Number.isInteger(axisMax);
  const step = tickStep(axisMax, integers);
  const tickDecimals = decimalsOf(step);
  const ticks: number[] = [];
  for (let i = 0; i * step <= axisMax * (1 + 1e-9); i++) ticks.push(i * step);
  const tickLabel = (v: number) => withUnit(formatNumber(v, tickDecimals, block.decimal));

  // The values printed after the bars decide the room kept right of the plot.
  const valueLabel = (v: number | null) => (v === null ? '–' : withUnit(formatNumber(v, 1, block.decimal)));
  const ends = block.stacked ? (series.length > 0 ? totals.map(valueLabel) : []) : series.flatMap((s) => s.values.map(valueLabel));
  const valueWidth = measure(smallSize);
  const endRoom = Math.max(0, ...ends.map(valueWidth)) + VALUE_GAP + 2;
  const lastTick = ticks[ticks.length - 1]!;
  const endTickRoom = Math.abs(lastTick - axisMax) < 1e-9 * axisMax ? valueWidth(tickLabel(lastTick)) / 2 + 1 : 0;
  const rightRoom = Math.max(endRoom, endTickRoom);
  // Long numbers in a narrow chart take from the labels' 30 %, down to 15 %, before the plot gets narrower than 25 %.
  const labelWidth = Math.min(width * LABEL_SHARE, Math.max(width * 0.15, width * 0.75 - rightRoom));
  const plotX = labelWidth;
  const plotW = Math.max(width - plotX - rightRoom, width * 0.2);
  const scale = plotW / axisMax;
  const at = (v: number) => plotX + Math.min(Math.max(v, 0), axisMax) * scale;

  const lineHeight = textSize * 1.2;
  const bar = BAR * density;
  const inner = INNER_GAP * density;
  const gap = (block.stacked ? GROUP_GAP.stacked : GROUP_GAP.grouped) * density;
  const barsH = block.stacked || series.length <= 1 ? bar : series.length * bar + (series.length - 1) * inner;
  const maxLines = options.labelLines ?? Math.max(2, Math.floor(barsH / lineHeight));

  const plotTop = y;
  const rows = categories.map((category) => {
    const lines = wrapText(category, labelWidth - 8, maxLines, measure(textSize));
    const h = Math.max(barsH, lines.length * lineHeight) + gap;
    const row = { lines, top: y, h };
    y += h;
    return row;
  });
  const plotBottom = y;
  const hasPlot = categories.length > 0;

  if (hasPlot) {
    // The grid: a light line at every tick, the zero line darker, and a light line at the axis end.
    for (const t of ticks) rect(at(t) - 0.25, plotTop, 0.5, plotBottom - plotTop, t === 0 ? axisColor : gridColor);
    if (lastTick < axisMax * (1 - 1e-9)) rect(at(axisMax) - 0.25, plotTop, 0.5, plotBottom - plotTop, gridColor);
  }

  rows.forEach((row, c) => {
    const center = row.top + row.h / 2;
    const barsTop = center - barsH / 2;
    const labelTop = center - (row.lines.length * lineHeight) / 2;
    row.lines.forEach((line, i) => text(0, labelTop + i * lineHeight + baseline(lineHeight, textSize), line, textSize, textColor, 'label'));
    const marker = block.markers?.[c];
    const markerX = typeof marker === 'number' && Number.isFinite(marker) ? at(marker) : undefined;
    /** A white break near the end of a bar longer than the axis, which is cut there. */
    const cut = (top: number) => rect(at(axisMax) - 5, top, 1.5, bar, '#ffffff');
    /** A value after a bar ending at `x`, moved past the marker when it would touch it. */
    const endValue = (x: number, top: number, label: string, barColor: string | undefined, clipped: boolean) => {
      let lx = x + VALUE_GAP;
      let ink = textColor;
      const w = valueWidth(label);
      if (markerX !== undefined && markerX + 2 > lx && markerX - 2 < lx + w) lx = markerX + 0.75 + 2.5;
      if (lx + w > width + 0.01) {
        // No room after the bar (a narrow chart with long numbers): inside the bar's end if it is long enough, else
        // as far right as the chart goes.
        const inset = clipped ? 7 : VALUE_GAP;
        if (barColor && x - plotX >= w + inset + VALUE_GAP) {
          lx = x - inset - w;
          ink = inkOn(barColor);
        } else lx = Math.max(0, width - w);
      }
      text(lx, top + baseline(bar, smallSize), label, smallSize, ink, 'value');
    };
    if (block.stacked) {
      const segments: { color: string; v: number; x0: number; x1: number }[] = [];
      let sum = 0;
      for (const s of series) {
        const v = Math.max(0, s.values[c] ?? 0);
        const x0 = at(sum);
        sum += v;
        if (v > 0 && at(sum) > x0) segments.push({ color: s.color, v, x0, x1: at(sum) });
      }
      segments.forEach((g, i) => {
        // A hairline of white between segments.
        const w = i < segments.length - 1 && g.x1 - g.x0 >= 1.5 ? g.x1 - g.x0 - 0.75 : g.x1 - g.x0;
        rect(g.x0, barsTop, w, bar, g.color);
        const label = formatNumber(g.v, 1, block.decimal);
        const lw = valueWidth(label);
        if (lw + 4 <= w) text(g.x0 + (w - lw) / 2, barsTop + baseline(bar, smallSize), label, smallSize, inkOn(g.color), 'value');
      });
      if (totals[c]! > axisMax) cut(barsTop);
      if (series.length > 0) endValue(at(totals[c]!), barsTop, valueLabel(totals[c]!), segments[segments.length - 1]?.color, totals[c]! > axisMax);
    } else {
      series.forEach((s, i) => {
        const top = barsTop + i * (bar + inner);
        const v = s.values[c] ?? null;
        const end = at(v ?? 0);
        rect(plotX, top, end - plotX, bar, s.color);
        if (v !== null && v > axisMax) cut(top);
        endValue(end, top, valueLabel(v), end > plotX ? s.color : undefined, v !== null && v > axisMax);
      });
    }
    if (markerX !== undefined) rect(markerX - 0.75, barsTop - 3, 1.5, barsH + 6, textColor);
  });

  if (hasPlot) {
    // Tick labels under the grid, every one of them if they fit, else every second (third …).
    const tickY = plotBottom + 2 + baseline(smallSize * 1.3, smallSize);
    const widest = Math.max(...ticks.map((t) => valueWidth(tickLabel(t))));
    const every = Math.max(1, Math.ceil((widest + 6) / (step * scale)));
    ticks.forEach((t, i) => {
      if (i % every !== 0) return;
      const label = tickLabel(t);
      const w = valueWidth(label);
      text(Math.min(at(t) - w / 2, width - w), tickY, label, smallSize, muted, 'tick');
    });
    y = plotBottom + 2 + smallSize * 1.3 + 6;
  }

  // The legend: a square in the series colour and its name, in lines from the plot's left edge.
  if (series.length > 0) {
    const square = textSize * 0.8;
    const legendX = hasPlot ? plotX : 0;
    const room = width - legendX;
    let x = legendX;
    for (const s of series) {
      const name = shorten(s.name, room - square - 4, measure(textSize));
      const w = square + 4 + measure(textSize)(name);
      if (x > legendX && x + w > width) {
        x = legendX;
        y += lineHeight;
      }
      rect(x, y + (lineHeight - square) / 2, square, square, s.color);
      text(x + square + 4, y + baseline(lineHeight, textSize), name, textSize, textColor, 'legend');
      x += w + 12;
    }
    y += lineHeight;
  }
  return { width, height: Math.ceil(y + 2), shapes: [...title, ...rects, ...texts] };
}

/** The steps tried, in order, for a chart taller than the room it has. */
const FITTING: readonly ChartOptions[] = [{ density: 0.8 }, { density: 0.65 }, { density: 0.5 }, { density: 0.5, labelLines: 1 }];

/**
 * The chart laid out to be at most `room` points tall (a page's text height): with thinner bars, then one-line
 * labels, and as a last resort scaled down whole (text too), so that it never runs off a page.
 */
export function fitChart(block: ChartBlock, width: number, room: number, theme: Theme, font: ChartFont): ChartGeometry {
  let geometry = chartGeometry(block, width, theme, font);
  for (const options of FITTING) {
    if (geometry.height <= room) return geometry;
    geometry = chartGeometry(block, width, theme, font, options);
  }
  if (geometry.height <= room) return geometry;
  const k = room / geometry.height;
  const shapes = geometry.shapes.map((s): ChartShape => (s.k === 'rect' ? { ...s, x: s.x * k, y: s.y * k, w: s.w * k, h: s.h * k } : { ...s, x: s.x * k, y: s.y * k, size: s.size * k }));
  return { width: geometry.width * k, height: Math.floor(room), shapes };
}

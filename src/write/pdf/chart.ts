// Chart blocks as vector graphics: the geometry of ./chart-layout.ts (shared with the Word writer) as rectangles
// and text in one slice, so a chart is never split across pages. The title is a paragraph; the rest is a Figure
// whose alternative text is the block's `alt`.
import type { ChartBlock } from '../../document/model.js';
import { fitChart, type ChartFont } from './chart-layout.js';
import type { Box, Ctx } from './layout.js';
import { node, type FlowItem, type Op } from './types.js';

export function layoutChart(block: ChartBlock, box: Box, ctx: Ctx): FlowItem[] {
  const { faces } = ctx;
  const font: ChartFont = {
    width: (text, size, bold) => faces[bold ? 'bold' : 'regular'].width(text, size),
    ascent: faces.regular.ascent,
    descent: faces.regular.descent,
  };
  // A page's height at most, less a table cell's padding or a list's spacing around it.
  const room = ctx.textHeight[box.orientation] * (box.flow ? 1 : 0.9);
  const geometry = fitChart(block, box.width, room, ctx.theme, font);
  const caption = node('P', box.parent);
  const figure = node('Figure', box.parent, { alt: block.alt.trim() || block.title });
  const ops: Op[] = geometry.shapes.map((shape): Op =>
    shape.k === 'rect'
      ? { k: 'rect', x: shape.x, y: shape.y, w: shape.w, h: shape.h, fill: shape.color, tag: figure }
      : { k: 'text', x: shape.x, y: shape.y, text: shape.text, font: shape.bold ? 'bold' : 'regular', size: shape.size, color: shape.color, tag: shape.part === 'title' ? caption : figure },
  );
  return [{ h: geometry.height, ops }];
}

// Replays laid-out pages into pdfkit: text, rules, fills, images, links, named destinations, bookmarks, page header
// and footer, document metadata, and the structure tree for accessibility.
//
// Tagging (PDF 1.7, `tagged: true`: /MarkInfo /Marked true, /StructTreeRoot, /Lang from the document's language,
// /Tabs /S on every page):
// - tagged: Document; H1–H4 (and the contents' title as H1); P for paragraphs, cover lines and notes; L › LI › Lbl
//   + LBody for lists (a bullet is drawn as a shape, so its Lbl carries the bullet as /ActualText); Table › Caption,
//   THead/TBody › TR › TH (/Scope /Column) or TD, with /RowSpan and /ColSpan attributes; Figure with its alt text;
//   a chart's title as P and its bars and text as a Figure with its alt text (vector graphics, no image);
//   TOC › TOCI › Link for the contents; Link around every link's text and its annotation (OBJR), the annotation
//   carrying the link text as /Contents. Each element is ended after the last page it has content on, so pdfkit
//   writes it then, not all of them at the end.
// - artifacts: page headers and footers and the table headers repeated on continuation pages (/Pagination), and
//   fills, borders, rules, link underlines and the contents' dotted leaders (/Layout).
// - not done: no PDF/UA claim (no pdfuaid in the XMP): nothing here has been through a PDF/UA validator. pdfkit
//   0.20 has no API for table attributes but Scope, so RowSpan/ColSpan are set on the element's dictionary; and it
//   would record the last page for a link annotation whose element is ended at the end of the document, so Link
//   elements are ended at the end of their page (a link broken across two pages becomes two Link elements).
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import type { DocumentMeta } from '../../document/model.js';
import type { Theme } from '../../document/theme.js';
import { gathered, PART_SIZE, type FileParts } from '../writer.js';
import { relieveHeap } from '../../heap.js';
import type { Faces, FontKey } from './fonts.js';
import type { LaidPage } from './flow.js';
import type { Op, Slice, StructNode, Tag } from './types.js';

type Doc = PDFKit.PDFDocument;
type StructElement = PDFKit.PDFStructureElement;

export interface PaintInput {
  meta: DocumentMeta;
  theme: Theme;
  faces: Faces;
  /** The root of the structure tree the layout built (type Document). */
  root: StructNode;
  /** What is known of all the pages before the first is painted. */
  facts: PageFacts;
  /** The structure nodes of this layout by number (`Numbering`); let go as their elements are ended. */
  nodes: (StructNode | undefined)[];
}

/**
 * The structure nodes of one layout, numbered in the order they first appear on its pages (the root has none).
 * Laying the same Document out twice makes new nodes on the same pages in the same order, so a number stands for
 * the same node in both. `nodes`: the nodes by number, kept for the layout that is painted.
 */
export class Numbering {
  private count = 0;

  constructor(readonly nodes?: (StructNode | undefined)[]) {}

  /** Numbers the nodes of a page; calls `each` with every operation on it, and the node it is tagged with. */
  page(page: LaidPage, each?: (op: Op, node: StructNode | null) => void): void {
    const walk = (slice: Slice): void => {
      for (const op of slice.ops) {
        const tag = 'tag' in op && typeof op.tag === 'object' ? op.tag : null;
        for (let n = tag; n && n.parent && n.n === undefined; n = n.parent) {
          n.n = this.count++;
          this.nodes?.push(n);
        }
        each?.(op, tag);
      }
      if (slice.kids) for (const kid of slice.kids) walk(kid.slice);
    };
    for (const placed of page.placed) walk(placed.slice);
  }
}

/**
 * What painting a page needs to know of all the pages: their number (the footer's "{pages}"), the page of every
 * named destination (the contents), and the last page each structure node has content on, by the node's number,
 * after which its element is ended. Gathered page by page, in order (`see`), as the pages are numbered.
 */
export class PageFacts {
  readonly destPages = new Map<string, number>();
  private readonly lastPage: number[] = [];
  private ending: number[][] | undefined;
  count = 0;

  /** The numbers of the nodes whose content ends on each page, once every page has been seen. */
  endingOn(index: number): readonly number[] {
    if (!this.ending) {
      this.ending = Array.from({ length: this.count }, (): number[] => []);
      this.lastPage.forEach((page, n) => this.ending![page]!.push(n));
    }
    return this.ending[index] ?? [];
  }

  see(page: LaidPage, index: number, numbering: Numbering): void {
    numbering.page(page, (op, tag) => {
      if (op.k === 'dest' && !this.destPages.has(op.name)) this.destPages.set(op.name, index);
      for (let n = tag; n?.n !== undefined && this.lastPage[n.n] !== index; n = n.parent) this.lastPage[n.n] = index;
    });
    this.count = index + 1;
  }
}

/** Drawn text needs no width: no link, underline or alignment is left to pdfkit (0 stops it measuring). */
const TEXT = { baseline: 'alphabetic', textWidth: 0, wordCount: 0 } as const;

/** What `Painter.text` uses of pdfkit's internals: its text primitive, and the current font and page. */
interface DocInternals {
  _fragment(text: string, x: number, y: number, options: typeof TEXT & { characterSpacing?: number }): void;
  _font: EmbeddedFont;
  _ctm: number[];
  page: { height: number; fonts: Record<string, unknown> };
}

/** pdfkit's embedded font of one document: its resource name, glyph subset, widths and ToUnicode map. */
interface EmbeddedFont {
  id: string;
  scale: number;
  subset: { includeGlyph(glyphId: number): number };
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
  ref(): unknown;
}

/** A number as pdfkit writes it in content: rounded to six decimals. */
const num = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/**
 * A PDF being painted: `page` paints each laid-out page in order and lets its layout go; `written` hands over the
 * file's parts written so far once they make a part of `PART_SIZE`; `end` gives the rest.
 */
export interface Canvas {
  page(page: LaidPage, index: number): void;
  written(): FileParts;
  end(): Promise<FileParts>;
}

export function startPaint(input: PaintInput): Canvas {
  const { meta, theme, faces } = input;
  const date = Number.isNaN(meta.date.getTime()) ? new Date(0) : meta.date;
  const info: PDFKit.DocumentInfo = { Title: meta.title, CreationDate: date, ModDate: date, Creator: 'wpsplan', Producer: 'wpsplan (PDFKit)' };
  if (meta.subject) info.Subject = meta.subject;
  if (meta.author) info.Author = meta.author;
  if (meta.keywords?.length) info.Keywords = meta.keywords.join(', ');
  const doc: Doc = new PDFDocument({
    autoFirstPage: false,
    size: theme.page.size,
    margin: 0,
    pdfVersion: '1.7',
    tagged: true,
    lang: meta.language,
    displayTitle: true,
    // No default font: pdfkit would otherwise load Helvetica's metrics for nothing.
    font: '',
    // pdfkit derives the trailer /ID from these entries only (and the clock, if CreationDate were missing), so
    // the same Document gives the same bytes.
    info,
  });
  escapeXmpInfo(doc);
  const output = collectOutput(doc);
  const done = new Promise<FileParts>((resolve, reject) => {
    doc.on('end', () => resolve(output.end()));
    doc.on('error', reject);
  });
  doc.resume();
  for (const face of Object.values(faces)) doc.registerFont(face.name, face.source as unknown as ArrayBuffer);
  doc.on('pageAdded', () => batchContent(doc.page as unknown as PageInternals));

  const painter = new Painter(doc, input);
  return {
    page(page, index) {
      doc.addPage({ size: theme.page.size, layout: page.orientation, margin: 0 });
      painter.startPage();
      // In reading order: header, text, footer.
      if (index > 0) painter.header(page);
      for (const placed of page.placed) painter.slice(placed.slice, placed.x, placed.y);
      if (index > 0) painter.footer(page, index + 1, input.facts.count);
      painter.endPage(input.facts.endingOn(index), input.nodes);
      page.placed = [];
      relieveHeap();
    },
    written: output.written,
    end() {
      doc.end();
      return done;
    },
  };
}

class Painter {
  private readonly els = new Map<StructNode, StructElement>();
  /** Link elements are ended at the end of their page, so pdfkit records the right page for their annotations. */
  private readonly links = new Set<StructNode>();
  private readonly outline: { level: number; item: PDFKit.PDFOutline }[] = [];
  private open: Tag | undefined;
  private font: FontKey | undefined;
  private size = 0;
  private fill: string | undefined;
  /** Per embedded font of this document: a glyph's code in the font's subset, as hex (see `text`). */
  private readonly codes = new Map<EmbeddedFont, Map<number, string>>();

  constructor(
    private readonly doc: Doc,
    private readonly input: PaintInput,
  ) {
    const root = doc.struct('Document');
    doc.addStructure(root);
    this.els.set(input.root, root);
  }

  startPage(): void {
    this.font = undefined;
    this.size = 0;
    this.fill = undefined;
  }

  /** Closes the page, and ends the elements of the nodes numbered `ends`: nodes with nothing on later pages. */
  endPage(ends: readonly number[], nodes: (StructNode | undefined)[]): void {
    this.mark(undefined);
    for (const link of this.links) {
      this.els.get(link)?.end();
      this.els.delete(link);
    }
    this.links.clear();
    // An ended element is written and let go by pdfkit once its parent is attached: the tree of a long document is
    // never whole in memory.
    for (const n of ends) {
      const node = nodes[n];
      if (!node) continue;
      this.els.get(node)?.end();
      this.els.delete(node);
      nodes[n] = undefined;
    }
  }

  header(page: LaidPage): void {
    const { theme, faces } = this.input;
    const { frame } = page;
    const size = theme.sizes.small;
    const muted = theme.colors.muted;
    if (theme.header.trim()) {
      const y = Math.max(frame.top - 16, size * 1.5);
      const text = fit(theme.header.trim(), frame.textWidth, (t) => faces.regular.width(t, size));
      this.op({ k: 'text', x: frame.left, y, text, font: 'regular', size, color: muted, tag: 'pagination' }, 0, 0);
      this.op({ k: 'line', x1: frame.left, y1: y + 5, x2: frame.left + frame.textWidth, y2: y + 5, color: theme.colors.accent, width: 0.5, tag: 'pagination' }, 0, 0);
    }
  }

  footer(page: LaidPage, number: number, count: number): void {
    const { theme, faces } = this.input;
    const { frame } = page;
    const size = theme.sizes.small;
    const muted = theme.colors.muted;
    const footer = theme.footer.replaceAll('{page}', String(number)).replaceAll('{pages}', String(count)).trim();
    if (footer) {
      const bottom = frame.top + frame.textHeight;
      const y = Math.min(bottom + 24, frame.height - size);
      const text = fit(footer, frame.textWidth, (t) => faces.regular.width(t, size));
      this.op({ k: 'line', x1: frame.left, y1: y - size - 5, x2: frame.left + frame.textWidth, y2: y - size - 5, color: theme.colors.tableBorder, width: 0.5, tag: 'pagination' }, 0, 0);
      this.op({ k: 'text', x: frame.left + frame.textWidth - faces.regular.width(text, size), y, text, font: 'regular', size, color: muted, tag: 'pagination' }, 0, 0);
    }
  }

  slice(s: Slice, x: number, y: number): void {
    const ox = x + (s.x ?? 0);
    for (const op of s.ops) this.op(op, ox, y);
    if (s.kids) for (const kid of s.kids) this.slice(kid.slice, ox + kid.x, y + kid.y);
  }

  private op(op: Op, ox: number, oy: number): void {
    const doc = this.doc;
    switch (op.k) {
      case 'text':
        this.mark(op.tag);
        this.text(op.text, ox + op.x, oy + op.y, op.font, op.size, op.color);
        break;
      case 'rect':
        this.mark(op.tag ?? 'layout');
        if (op.fill) {
          doc.rect(ox + op.x, oy + op.y, op.w, op.h).fill(op.fill);
          this.fill = op.fill;
        }
        if (op.stroke) doc.lineWidth(op.lineWidth ?? 0.5).rect(ox + op.x, oy + op.y, op.w, op.h).stroke(op.stroke);
        break;
      case 'line':
        this.mark(op.tag ?? 'layout');
        doc.moveTo(ox + op.x1, oy + op.y1).lineTo(ox + op.x2, oy + op.y2).lineWidth(op.width).stroke(op.color);
        break;
      case 'bullet': {
        this.mark(op.tag);
        const r = op.size / 2;
        const cx = ox + op.x;
        const cy = oy + op.y;
        if (op.shape === 'disc') doc.circle(cx, cy, r).fill(op.color);
        else if (op.shape === 'circle') doc.lineWidth(r * 0.4).circle(cx, cy, r * 0.8).stroke(op.color);
        else doc.rect(cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7).fill(op.color);
        if (op.shape !== 'circle') this.fill = op.color;
        break;
      }
      case 'image':
        this.mark(op.tag);
        doc.image(Buffer.from(op.data.buffer, op.data.byteOffset, op.data.byteLength), ox + op.x, oy + op.y, { width: op.w, height: op.h });
        break;
      case 'link': {
        const options: Record<string, unknown> = { Contents: new String(op.label) };
        if (typeof op.tag !== 'string') {
          options.structParent = this.element(op.tag);
          this.links.add(op.tag);
        }
        if (op.href.startsWith('#')) doc.goTo(ox + op.x, oy + op.y, op.w, op.h, op.href.slice(1), options);
        else doc.link(ox + op.x, oy + op.y, op.w, op.h, op.href, options);
        break;
      }
      case 'dest':
        doc.addNamedDestination(op.name, 'XYZ', null, oy + op.y, null);
        break;
      case 'outline': {
        const stack = this.outline;
        while (stack.length > 0 && stack[stack.length - 1]!.level >= op.level) stack.pop();
        const parent = stack[stack.length - 1]?.item ?? doc.outline;
        const item = parent.addItem(op.title, { expanded: op.level === 1 });
        // pdfkit points a bookmark at the top of the current page; point it at the heading's named destination.
        (item as unknown as { outlineData: Record<string, unknown> }).outlineData.Dest = new String(op.dest);
        stack.push({ level: op.level, item });
        break;
      }
      case 'pageref': {
        const { faces } = this.input;
        const index = this.input.facts.destPages.get(op.dest);
        const text = index === undefined ? '' : String(index + 1);
        const w = faces[op.font].width(text, op.size);
        const right = ox + op.x;
        // The dotted leader, its dots on a grid shared by all entries so that they line up.
        const pitch = op.size * 0.45;
        const dot = faces.regular.width('.', op.size);
        const start = Math.ceil((ox + op.from) / pitch) * pitch;
        const count = Math.floor((right - w - op.size * 0.4 - start) / pitch);
        if (count >= 2) {
          this.mark('layout');
          this.text('.'.repeat(count), start, oy + op.y, 'regular', op.size, this.input.theme.colors.muted, pitch - dot);
        }
        if (text) {
          this.mark(op.tag);
          this.text(text, right - w, oy + op.y, op.font, op.size, op.color);
        }
        break;
      }
    }
  }

  private text(text: string, x: number, y: number, font: FontKey, size: number, color: string, characterSpacing = 0): void {
    const doc = this.doc;
    if (font !== this.font) {
      doc.font(this.input.faces[font].name);
      this.font = font;
    }
    if (size !== this.size) {
      doc.fontSize(size);
      this.size = size;
    }
    if (color !== this.fill) {
      doc.fillColor(color);
      this.fill = color;
    }
    const internals = doc as unknown as DocInternals;
    const glyphs = characterSpacing || text.includes('\n') ? undefined : this.input.faces[font].glyphs(text);
    const { _ctm: m, page } = internals;
    if (!glyphs || m[0] !== 1 || m[1] !== 0 || m[2] !== 0 || m[3] !== -1 || m[4] !== 0 || m[5] !== page.height) {
      // pdfkit's text() measures every string twice more (for alignment and to advance its cursor), which the
      // layout has already done: its _fragment draws a string at a point and nothing else.
      internals._fragment(text, x, y, characterSpacing ? { ...TEXT, characterSpacing } : TEXT);
      return;
    }
    if (glyphs.length === 0) return;
    // Text that needs no shaping is written here, as _fragment would write it but for its own layout of the text
    // again (word by word, into new arrays) and a graphics state saved and flipped around every string: the text
    // matrix flips the glyphs upright in pdfkit's top-down page space instead. The glyphs enter the font's subset,
    // widths and ToUnicode map exactly as pdfkit's encode() enters them.
    const f = internals._font;
    page.fonts[f.id] ??= f.ref();
    let codes = this.codes.get(f);
    if (!codes) this.codes.set(f, (codes = new Map()));
    let hex = '';
    for (const glyph of glyphs) {
      let code = codes.get(glyph.id);
      if (code === undefined) {
        const gid = f.subset.includeGlyph(glyph.id);
        f.widths[gid] ??= glyph.advanceWidth * f.scale;
        f.unicode[gid] ??= glyph.codePoints;
        codes.set(glyph.id, (code = gid.toString(16).padStart(4, '0')));
      }
      hex += code;
    }
    doc.addContent(`BT\n1 0 0 -1 ${num(x)} ${num(y)} Tm\n/${f.id} ${num(size)} Tf\n[<${hex}> 0] TJ\nET`);
  }

  /** Opens the marked content of `tag` (closing the previous one), or just closes with `undefined`. */
  private mark(tag: Tag | undefined): void {
    if (tag === this.open) return;
    const doc = this.doc;
    if (this.open !== undefined) doc.endMarkedContent();
    this.open = tag;
    if (tag === undefined) return;
    if (tag === 'pagination' || tag === 'layout') doc.markContent('Artifact', { type: tag === 'pagination' ? 'Pagination' : 'Layout' });
    else this.element(tag).add(doc.markStructureContent(tag.type));
  }

  /** The structure element of a node, created (and attached to its parent's) on first use. */
  private element(tag: StructNode): StructElement {
    let el = this.els.get(tag);
    if (el) return el;
    const options: { alt?: string; actual?: string } = {};
    if (tag.alt) options.alt = tag.alt;
    if (tag.actual) options.actual = tag.actual;
    el = this.doc.struct(tag.type, options);
    if (tag.scope || tag.rowSpan || tag.colSpan) {
      // Table attributes (pdfkit has an option for Scope only).
      const attributes: Record<string, unknown> = { O: 'Table' };
      if (tag.scope) attributes.Scope = tag.scope;
      if (tag.rowSpan) attributes.RowSpan = tag.rowSpan;
      if (tag.colSpan) attributes.ColSpan = tag.colSpan;
      (el as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.A = attributes;
    }
    this.els.set(tag, el);
    (tag.parent ? this.element(tag.parent) : this.els.get(this.input.root)!).add(el);
    return el;
  }
}

/** `text`, cut short with an ellipsis if it is wider than `width`. */
function fit(text: string, width: number, measure: (t: string) => number): string {
  if (measure(text) <= width) return text;
  let end = text.length;
  while (end > 0 && measure(`${text.slice(0, end)}…`) > width) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * pdfkit copies the document info into the XMP metadata without escaping it, so a title with "&" or "<" would
 * make the XMP packet malformed. Its `_addInfo` (private, run once from `end()`) is wrapped to see escaped values;
 * the Info dictionary itself is written before and keeps the plain text.
 */
function escapeXmpInfo(doc: Doc): void {
  const d = doc as unknown as { _addInfo?: () => void; info: Record<string, unknown> };
  const addInfo = d._addInfo;
  if (typeof addInfo !== 'function') return;
  d._addInfo = function (this: typeof d) {
    const plain = this.info;
    const escaped: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(plain)) escaped[key] = typeof value === 'string' ? escapeXml(value) : value;
    this.info = escaped;
    try {
      addInfo.call(this);
    } finally {
      this.info = plain;
    }
  };
}

const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));

/** What `batchContent` replaces of a pdfkit page and its content stream (private API). */
interface PageInternals {
  write(chunk: string | Uint8Array): void;
  end(): void;
  content: { write(chunk: string | Uint8Array): void; buffer: Uint8Array[]; compress: boolean; data: { Filter?: string } };
}

/**
 * Deflate level of the pages' content: 1 against zlib's default 6 takes a tenth off the PDF writer's time (2 ms of
 * 20 for a 14-page synthetic LAP) for files about 5 % larger.
 */
const CONTENT_LEVEL = 1;

/**
 * pdfkit turns every content operator into a byte array of its own as it is written (about thirteen thousand for
 * the thirteen pages of tuzla.lap.yaml); a page's operators are kept as text and converted once, when the page
 * ends, as pdfkit would write them (each string as Latin-1 followed by a newline). The page's content is then
 * deflated here, at CONTENT_LEVEL: pdfkit leaves a stream it is told not to compress as it is.
 */
function batchContent(page: PageInternals): void {
  const lines: string[] = [];
  const flush = (): void => {
    if (lines.length === 0) return;
    page.content.write(Buffer.from(`${lines.join('\n')}\n`, 'latin1'));
    lines.length = 0;
  };
  page.write = (chunk) => {
    if (typeof chunk === 'string') {
      lines.push(chunk);
      return;
    }
    flush();
    page.content.write(chunk);
  };
  const end = page.end.bind(page);
  page.end = () => {
    flush();
    const { content } = page;
    // Everything written to the page, pdfkit's own first transform included.
    if (content.compress && content.buffer.length > 0) {
      content.buffer = [deflateSync(Buffer.concat(content.buffer), { level: CONTENT_LEVEL })];
      content.compress = false;
      content.data.Filter = 'FlateDecode';
    }
    end();
  };
}

/** What `collectOutput` replaces of a pdfkit document (private API). */
interface DocumentInternals {
  _write(data: string | Uint8Array): void;
  _offset: number;
}

/**
 * pdfkit pushes every line of the file through its Node stream as a byte array of its own (thousands for a
 * tagged plan). Its `_write` is replaced to keep the lines as text, converted a part at a time (`PART_SIZE`); the
 * header the constructor already wrote is read back from the stream first. The bytes and the offsets pdfkit records
 * for the cross-reference table are the same: pdfkit writes each string as Latin-1 followed by a newline.
 */
function collectOutput(doc: Doc): { written: () => FileParts; end: () => FileParts } {
  let parts: FileParts = [];
  let lines: string[] = [];
  let length = 0;
  /** Bytes in `parts`. */
  let size = 0;
  const flush = (): void => {
    if (lines.length === 0) return;
    const part = Buffer.from(lines.join(''), 'latin1');
    parts.push(part);
    size += part.length;
    lines = [];
    length = 0;
  };
  const header = doc.read() as Buffer | null;
  if (header) {
    parts.push(header);
    size += header.length;
  }
  const internals = doc as unknown as DocumentInternals;
  internals._write = (data) => {
    if (typeof data === 'string') {
      lines.push(data, '\n');
      internals._offset += data.length + 1;
      length += data.length + 1;
      if (length >= PART_SIZE) flush();
      return;
    }
    flush();
    parts.push(data);
    size += data.length;
    internals._offset += data.length;
  };
  const take = (): FileParts => {
    const out = gathered(parts);
    parts = [];
    size = 0;
    return out;
  };
  return {
    written: () => (size >= PART_SIZE ? take() : []),
    end: () => {
      flush();
      return take();
    },
  };
}

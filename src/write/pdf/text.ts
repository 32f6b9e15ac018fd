// Inline text: styled words, greedy line breaking, and the drawing operations of one line.
import type { Inline } from '../../document/model.js';
import { faceKey, type Faces, type FontKey } from './fonts.js';
import type { Op, Slice, StructNode, Tag } from './types.js';

export interface TextStyle {
  bold: boolean;
  italic: boolean;
  font: FontKey;
  size: number;
  color: string;
  tag: Tag;
  /** A link target: an external URL or `#` and a named destination. */
  href?: string;
  /** The visible text of the link (the annotation's description). */
  label?: string;
}

interface Piece {
  text: string;
  style: TextStyle;
  w: number;
}

/** A run of text between spaces, possibly in several styles ("UN-a" in a link, then "."). */
interface Word {
  pieces: Piece[];
  w: number;
  /** The width of the space that follows the word, in the style it was written in. */
  space: number;
  spaceStyle: TextStyle;
}

type Token = Word | 'br';

export interface InlineEnv {
  faces: Faces;
  linkColor: string;
  /** `#id` → `#destination`, an external URL unchanged, or null for an anchor that names no heading. */
  resolveHref(href: string): string | null;
}

const SPACES = /[ \t\n\r\f\v\u2028\u2029]+/;

export function styleOf(base: Omit<TextStyle, 'font'>): TextStyle {
  return { ...base, font: faceKey(base.bold, base.italic) };
}

/** Splits inlines into words; every space becomes a break opportunity. */
export function tokenize(inlines: readonly Inline[], base: TextStyle, env: InlineEnv): Token[] {
  const tokens: Token[] = [];
  let word: Word | null = null;
  const endWord = () => {
    if (word) tokens.push(word);
    word = null;
  };
  const addText = (text: string, style: TextStyle) => {
    const parts = text.normalize('NFC').split(SPACES);
    parts.forEach((part, i) => {
      if (i > 0) {
        // A space: the word before it ends here.
        if (word) {
          word.space = env.faces[style.font].width(' ', style.size);
          word.spaceStyle = style;
        }
        endWord();
      }
      if (part === '') return;
      if (!word) {
        word = { pieces: [], w: 0, space: 0, spaceStyle: style };
      }
      const w = env.faces[style.font].width(part, style.size);
      const last = word.pieces[word.pieces.length - 1];
      if (last && last.style === style) {
        last.text += part;
        last.w += w;
      } else word.pieces.push({ text: part, style, w });
      word.w += w;
    });
  };
  const walk = (list: readonly Inline[], style: TextStyle) => {
    for (const inline of list) {
      switch (inline.type) {
        case 'text':
          addText(inline.text, style);
          break;
        case 'strong':
          walk(inline.children, style.bold ? style : styleOf({ ...style, bold: true }));
          break;
        case 'em':
          walk(inline.children, style.italic ? style : styleOf({ ...style, italic: true }));
          break;
        case 'link': {
          const href = env.resolveHref(inline.href);
          if (href === null || style.tag === 'pagination' || style.tag === 'layout') {
            walk(inline.children, style);
            break;
          }
          const node: StructNode = { type: 'Link', parent: style.tag };
          const label = inline.children.length ? plain(inline.children) : inline.href;
          walk(inline.children, { ...style, color: env.linkColor, tag: node, href, label });
          break;
        }
        case 'break':
          endWord();
          tokens.push('br');
          break;
      }
    }
  };
  walk(inlines, base);
  endWord();
  return tokens;
}

function plain(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.type === 'text' ? i.text : i.type === 'break' ? ' ' : 'children' in i ? plain(i.children) : '')).join('');
}

export interface Run {
  x: number;
  text: string;
  style: TextStyle;
  w: number;
}

export interface Line {
  runs: Run[];
  /** Width without the trailing space. */
  w: number;
  /** Whether the line ends at a space (drawn, invisible, so that extracted lines do not run words together). */
  space: boolean;
}

/** Characters after which an over-long word may be broken before falling back to any character. */
const SOFT_BREAK = /[-/–—_.:;,)\]}]/;

/** Splits a word wider than `width` into pieces that fit (at least one character each). */
function splitWord(word: Word, width: number, faces: Faces): Word[] {
  const chars: { ch: string; style: TextStyle; w: number }[] = [];
  for (const piece of word.pieces) for (const ch of piece.text) chars.push({ ch, style: piece.style, w: faces[piece.style.font].width(ch, piece.style.size) });
  const out: Word[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start;
    let w = 0;
    while (end < chars.length && (end === start || w + chars[end]!.w <= width)) w += chars[end++]!.w;
    if (end < chars.length) {
      // Prefer breaking after a hyphen, slash or punctuation inside the piece that fits.
      for (let i = end - 1; i > start; i--) {
        if (SOFT_BREAK.test(chars[i]!.ch)) {
          end = i + 1;
          break;
        }
      }
    }
    const pieces: Piece[] = [];
    let total = 0;
    for (let i = start; i < end; i++) {
      const c = chars[i]!;
      const last = pieces[pieces.length - 1];
      if (last && last.style === c.style) {
        last.text += c.ch;
        last.w += c.w;
      } else pieces.push({ text: c.ch, style: c.style, w: c.w });
      total += c.w;
    }
    const isLast = end >= chars.length;
    out.push({ pieces, w: total, space: isLast ? word.space : 0, spaceStyle: word.spaceStyle });
    start = end;
  }
  return out;
}

/** Greedy line breaking; a `br` forces a new line. An empty paragraph gives no lines. */
export function breakLines(tokens: readonly Token[], width: number, faces: Faces): Line[] {
  const lines: Line[] = [];
  let words: Word[] = [];
  let x = 0;
  const flush = () => {
    lines.push(buildLine(words));
    words = [];
    x = 0;
  };
  const add = (word: Word) => {
    if (words.length > 0) {
      const prev = words[words.length - 1]!;
      if (x + prev.space + word.w > width) flush();
      else x += prev.space;
    }
    if (words.length === 0 && word.w > width) {
      const parts = splitWord(word, width, faces);
      parts.forEach((part, i) => {
        if (i > 0) flush();
        words.push(part);
        x = part.w;
      });
      return;
    }
    words.push(word);
    x += word.w;
  };
  let pendingBreak = false;
  for (const token of tokens) {
    if (token === 'br') {
      flush();
      pendingBreak = true;
      continue;
    }
    pendingBreak = false;
    add(token);
  }
  if (words.length > 0 || pendingBreak) flush();
  return lines;
}

/** Joins the words of a line into runs of one style (spaces included), with their x positions. */
function buildLine(words: readonly Word[]): Line {
  const runs: Run[] = [];
  let x = 0;
  words.forEach((word, i) => {
    if (i > 0) {
      // The space goes into the text (even in the style of the word before it) so that text extraction and the
      // structure tree see words apart; positions come from the layout, so its exact width does not matter.
      const prev = words[i - 1]!;
      const last = runs[runs.length - 1];
      if (last) {
        last.text += ' ';
        last.w += prev.space;
      }
      x += prev.space;
    }
    for (const piece of word.pieces) {
      const last = runs[runs.length - 1];
      if (last && last.style === piece.style && Math.abs(last.x + last.w - x) < 0.001) {
        last.text += piece.text;
        last.w += piece.w;
      } else runs.push({ x, text: piece.text, style: piece.style, w: piece.w });
      x += piece.w;
    }
  });
  const last = words[words.length - 1];
  return { runs, w: x, space: last !== undefined && last.space > 0 };
}

/** The baseline of a line of `size` points in a line box `height` high. */
export function baselineIn(height: number, size: number, ascent: number, descent: number): number {
  return (height - (ascent + descent) * size) / 2 + ascent * size;
}

/**
 * The operations of one line, `x` and `top` being the line box's top-left corner. Links become underlined text
 * and a clickable area.
 */
export function lineOps(line: Line, x: number, top: number, height: number, baseline: number, faces: Faces, ops: Op[]): void {
  line.runs.forEach((run, i) => {
    const text = run.text.trimEnd();
    if (text === '') return;
    const s = run.style;
    const drawn = line.space && i === line.runs.length - 1 ? `${text} ` : run.text;
    ops.push({ k: 'text', x: x + run.x, y: top + baseline, text: drawn, font: s.font, size: s.size, color: s.color, tag: s.tag });
    if (s.href) {
      const w = run.text === text ? run.w : faces[s.font].width(text, s.size);
      ops.push({ k: 'line', x1: x + run.x, y1: top + baseline + s.size * 0.12, x2: x + run.x + w, y2: top + baseline + s.size * 0.12, color: s.color, width: Math.max(0.4, s.size / 20), tag: 'layout' });
      ops.push({ k: 'link', x: x + run.x, y: top, w, h: height, href: s.href, label: s.label ?? text, tag: s.tag });
    }
  });
}

/** Lines of text as slices; the first two and the last two lines keep together (no orphans or widows). */
export function textLines(children: readonly Inline[], base: TextStyle, width: number, lineHeight: number, align: 'left' | 'center' | 'right', indent: number, env: InlineEnv): Slice[] {
  const { faces } = env;
  const lines = breakLines(tokenize(children, base, env), width - indent, faces);
  const baseline = baselineIn(lineHeight, base.size, faces.regular.ascent, faces.regular.descent);
  const slices = lines.map((line): Slice => {
    const ops: Op[] = [];
    const free = width - indent - line.w;
    const dx = align === 'right' ? free : align === 'center' ? free / 2 : 0;
    lineOps(line, indent + Math.max(0, dx), 0, lineHeight, baseline, faces, ops);
    return { h: lineHeight, ops, baseline };
  });
  const n = slices.length;
  if (n >= 2) slices[0]!.keep = true;
  if (n >= 3) slices[n - 2]!.keep = true;
  return slices;
}

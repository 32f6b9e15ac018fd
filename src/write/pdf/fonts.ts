// The embedded Unicode font (Noto Sans: Latin with diacritics, Cyrillic, Greek) in four faces, parsed once per
// process and shared by every document, with one text measure used by both the layout and pdfkit.
//
// fontkit's full OpenType shaping costs 30–70 µs a word, which for a 15-page plan is more than the whole render
// budget. Latin, Greek and Cyrillic text in NFC needs no shaping beyond the cmap and the advance widths, so a face
// hands pdfkit a view of the parsed font whose `layout` maps code points to glyphs directly (about 1 µs a word) and
// falls back to fontkit's shaping only for text with combining marks or complex scripts. Pair kerning is therefore
// not applied, as in Word's default paragraph settings. The layout and pdfkit measure text with the same function,
// so what the layout places is exactly what pdfkit draws.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type FontKey = 'regular' | 'bold' | 'italic' | 'boldItalic';
export const FONT_KEYS: readonly FontKey[] = ['regular', 'bold', 'italic', 'boldItalic'];

const FILES: Record<FontKey, string> = {
  regular: '400Regular/NotoSans_400Regular.ttf',
  bold: '700Bold/NotoSans_700Bold.ttf',
  italic: '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/NotoSans_700Bold_Italic.ttf',
};

/** The parts of a fontkit glyph, position and font that this writer and pdfkit use. */
export interface FkGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface FkPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
interface FkRun {
  glyphs: FkGlyph[];
  positions: FkPosition[];
  advanceWidth: number;
}
interface FkFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  glyphForCodePoint(codePoint: number): FkGlyph;
  layout(text: string, features?: unknown): FkRun;
}

export interface Face {
  key: FontKey;
  /** The name the face is registered under in every PDFDocument. */
  name: string;
  /** What pdfkit is given for this face: the parsed font with our `layout`. */
  source: object;
  /** Ascent and descent (positive) as fractions of the font size. */
  ascent: number;
  descent: number;
  /** The advance width of `text` at `size` points. */
  width(text: string, size: number): number;
  /** The glyphs of `text`, one per code point, or undefined when the text needs shaping (pdfkit draws it then). */
  glyphs(text: string): readonly FkGlyph[] | undefined;
}

export type Faces = Record<FontKey, Face>;

/** Whether text needs fontkit's shaping: combining marks, and every script past Armenian but Latin/Greek Extended and symbols. */
function needsShaping(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x300) continue;
    if (c < 0x370) return true; // combining diacritical marks
    if (c < 0x590) continue; // Greek, Cyrillic, Armenian
    if (c >= 0x1e00 && c < 0x2000) continue; // Latin and Greek extended
    if (c >= 0x2000 && c < 0x2c00 && !(c >= 0x20d0 && c < 0x2100)) continue; // punctuation, currency, symbols
    return true;
  }
  return false;
}

/** Bounded memo tables: a long batch run must not grow them forever. */
const MEMO_LIMIT = 200_000;

function makeFace(key: FontKey, font: FkFont): Face {
  const glyphs = new Map<number, FkGlyph>();
  const advances = new Map<string, number>();
  // A record of our own for each code point's glyph. fontkit caches one glyph object per glyph id for the whole
  // process, with the code points it was first looked up by; pdfkit's subsetting looks up the parts of composite
  // glyphs by id alone (Z in Ž), so that after a document with Ž, fontkit's Z glyph would have no code point, and
  // the next document's ToUnicode map would lose Z (text copied or read aloud without it).
  const glyphOf = (cp: number): FkGlyph => {
    let g = glyphs.get(cp);
    if (g === undefined) {
      const glyph = font.glyphForCodePoint(cp);
      g = { id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: [cp] };
      glyphs.set(cp, g);
    }
    return g;
  };
  /** The glyphs of text that needs no shaping, one per code point; undefined for text that does. */
  const glyphsOf = (text: string): FkGlyph[] | undefined => {
    if (needsShaping(text)) return undefined;
    const out: FkGlyph[] = [];
    for (const ch of text) out.push(glyphOf(ch.codePointAt(0)!));
    return out;
  };
  /** A fresh run (pdfkit scales its positions in place, so the positions are never shared). */
  const layout = (text: string, features?: unknown): FkRun => {
    const glyphs = features === undefined ? glyphsOf(text) : undefined;
    if (!glyphs) return font.layout(text, features);
    let advanceWidth = 0;
    const positions = glyphs.map((g): FkPosition => {
      advanceWidth += g.advanceWidth;
      return { xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 };
    });
    return { glyphs, positions, advanceWidth };
  };
  const advance = (text: string): number => {
    let a = advances.get(text);
    if (a === undefined) {
      if (needsShaping(text)) a = font.layout(text).advanceWidth;
      else {
        a = 0;
        for (const ch of text) a += glyphOf(ch.codePointAt(0)!).advanceWidth;
      }
      if (advances.size >= MEMO_LIMIT) advances.clear();
      advances.set(text, a);
    }
    return a;
  };
  const upm = font.unitsPerEm;
  // A view of the parsed font: everything (tables, subsetting, metrics) comes from the font itself; only `layout`
  // is ours. pdfkit accepts any object with a `layout` method as a font.
  const source = Object.create(font as object, { layout: { value: layout } }) as object;
  return {
    key,
    name: `wpsplan-${key}`,
    source,
    ascent: font.ascent / upm,
    descent: -font.descent / upm,
    width: (text, size) => (advance(text) * size) / upm,
    glyphs: glyphsOf,
  };
}

let faces: Faces | undefined;

/** The path of a face's TTF file in @expo-google-fonts/noto-sans (the Word writer's chart images use it too). */
export function fontFile(key: FontKey): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@expo-google-fonts/noto-sans/package.json')), FILES[key]);
}

/** The four faces, read and parsed on the first call only. */
export function loadFaces(): Faces {
  if (faces) return faces;
  const require = createRequire(import.meta.url);
  // fontkit is pdfkit's own dependency: resolve it from pdfkit so both use the same copy.
  const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(data: Uint8Array): FkFont };
  const loaded = {} as Faces;
  for (const key of FONT_KEYS) loaded[key] = makeFace(key, fontkit.create(readFileSync(fontFile(key))));
  faces = loaded;
  return loaded;
}

export function faceKey(bold: boolean, italic: boolean): FontKey {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

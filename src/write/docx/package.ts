// Making the .docx package deterministic: the document properties with the Document's date, bookmark ids numbered
// from 1 in every file, and a zip with a fixed timestamp on every entry, in docx's order.
import type { Document as WordDocument } from 'docx';
import { Packer } from 'docx';
import { Readable } from 'node:stream';
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import type { DocumentMeta } from '../../document/model.js';
import { gathered, utf8Parts, type FileParts } from '../writer.js';

const escapeXml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;')).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** A valid date for the file: the Document's, or 1 January 1980 (the zip format's first day) when it is invalid. */
export function fileDate(date: Date): Date {
  return Number.isFinite(date.getTime()) ? date : new Date(Date.UTC(1980, 0, 1));
}

/**
 * docProps/core.xml, which docx would write with the current time: title, subject, author, keywords, language and
 * the Document's date as created and modified.
 */
export function coreXml(meta: DocumentMeta, language: string): string {
  const when = fileDate(meta.date).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const element = (name: string, value: string | undefined) => (value ? `<${name}>${escapeXml(value)}</${name}>` : '');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', meta.title) +
    element('dc:subject', meta.subject) +
    element('dc:creator', meta.author) +
    element('cp:keywords', meta.keywords?.join(', ')) +
    element('dc:language', language) +
    element('cp:lastModifiedBy', meta.author) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * Renumbers the bookmarks of a part from 1. docx takes bookmark ids (and the `_Toc…` names of the bookmarks the
 * table of contents links to) from one counter for the whole process, so the second document written in a batch
 * would otherwise differ from the first. Ids and `_Toc` names are numbered in the order they first appear, in one
 * pass over the part; only bookmark attributes, link anchors and PAGEREF field instructions are touched, never text.
 */
export function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  const number = (map: Map<string, number>, key: string) => {
    let n = map.get(key);
    if (n === undefined) map.set(key, (n = map.size + 1));
    return n;
  };
  return xml.replace(/<w:bookmark(?:Start|End)\b[^>]*>|\bw:anchor="_Toc\d+"|<w:instrText\b[^>]*>[^<]*?PAGEREF\s+_Toc\d+/g, (match) =>
    match.startsWith('<w:bookmark')
      ? match.replace(/\bw:id="(\d+)"/, (_, id: string) => `w:id="${number(ids, id)}"`).replace(/\bw:name="_Toc(\d+)"/, (_, n: string) => `w:name="_Toc${number(names, n)}"`)
      : match.replace(/_Toc(\d+)/, (_, n: string) => `_Toc${number(names, n)}`),
  );
}

/** The zip's DOS timestamp is local time: build the date whose local fields are the Document date's UTC ones, at noon. */
function zipTime(date: Date): Date {
  const d = fileDate(date);
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2099);
  return new Date(year, d.getUTCMonth(), d.getUTCDate(), 12, 0, 0);
}

const BOOKMARKED_PARTS = /^word\/(document|header\d*|footer\d*)\.xml$/;

/** zlib level 3 against the default 6: the .docx writer about 7 % faster (`bench/render.js`), files about 5 % larger. */
const DEFLATE_LEVEL = 3;

interface Compiler {
  compile(file: WordDocument, prettify: undefined, overrides: { path: string; data: string }[]): Map<string, string | Uint8Array>;
}

/**
 * The parts of the package as docx writes them, before it zips them. docx's own zip would be unzipped again at
 * once to fix its timestamps (about an eighth of the writer's time, measured on tuzla.lap.yaml); its compiler is
 * not public API, so the docx version is pinned exactly in package.json and every .docx test goes through here.
 */
export function packageParts(word: WordDocument, overrides: { path: string; data: string }[]): Map<string, string | Uint8Array> {
  return (Packer as unknown as { compiler: Compiler }).compiler.compile(word, undefined, overrides);
}

/**
 * Zips docx's package parts with the Document's date on every entry, in docx's order. Each part is deflated by
 * Node's zlib (native, several times faster than deflating in JavaScript) and handed to fflate's zip writer
 * already compressed, as its `ZipInputFile` interface allows. A part given in pieces (a long document's XML) is
 * deflated as a stream of them, never joined: zlib gives the same bytes however its input is cut.
 */
export async function deterministicZip(parts: ReadonlyMap<string, string | Uint8Array | FileParts>, date: Date): Promise<FileParts> {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const mtime = zipTime(date);
  // [Content_Types].xml and the package relationships first, as Word writes them (and as file-type sniffers expect).
  const first = ['[Content_Types].xml', '_rels/.rels'].filter((path) => parts.has(path));
  for (const path of [...first, ...[...parts.keys()].filter((path) => !first.includes(path))]) {
    const data = parts.get(path)!;
    const pieces = typeof data === 'string' ? utf8Parts(BOOKMARKED_PARTS.test(path) ? renumberBookmarks(data) : data) : data instanceof Uint8Array ? [data] : data;
    const size = pieces.reduce((sum, piece) => sum + piece.length, 0);
    const file: ZipInputFile = { filename: path, size, crc: pieces.reduce((crc, piece) => crc32(piece, crc), 0), compression: 8, mtime };
    zip.add(file);
    if (pieces.length <= 1) {
      file.ondata!(null, deflateRawSync(pieces[0] ?? new Uint8Array(0), { level: DEFLATE_LEVEL }), true);
      continue;
    }
    const deflate = createDeflateRaw({ level: DEFLATE_LEVEL });
    Readable.from(pieces).pipe(deflate);
    for await (const chunk of deflate) file.ondata!(null, chunk as Buffer<ArrayBuffer>, false);
    file.ondata!(null, new Uint8Array(0), true);
  }
  zip.end();
  return gathered(chunks);
}

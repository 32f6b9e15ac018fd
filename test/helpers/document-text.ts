// Reading written documents back for content tests: a PDF's text (pdf.js via unpdf) and a .docx's XML parts and text.
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';

export type PdfProxy = Awaited<ReturnType<typeof getDocumentProxy>>;

/** A writer's parts as one block of bytes, to read or compare the whole file. */
export async function joined(parts: Promise<readonly Uint8Array[]> | AsyncIterable<Uint8Array>): Promise<Buffer> {
  if (parts instanceof Promise) return Buffer.concat(await parts);
  const all: Uint8Array[] = [];
  for await (const part of parts) all.push(part);
  return Buffer.concat(all);
}

/** Opens a copy as a plain Uint8Array: pdf.js takes ownership of the buffer it is given, and refuses a Node Buffer. */
export const openPdf = (bytes: Uint8Array): Promise<PdfProxy> => getDocumentProxy(new Uint8Array(bytes));

const squash = (s: string): string => s.replace(/\s+/g, ' ');

/** The text of each page, whitespace collapsed. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const { text } = await extractText(await openPdf(bytes), { mergePages: false });
  return text.map(squash);
}

/** The text of the whole PDF, as pdf.js gives it. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await extractText(await openPdf(bytes), { mergePages: true })).text;
}

/** Bytes as Latin-1 text, to look into a PDF's (or a zip's) raw structure. */
export const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

/** A .docx's XML and relationship parts by path. */
export const docxParts = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).flatMap(([path, data]) => (/\.(xml|rels)$/.test(path) ? [[path, strFromU8(data)]] : [])));

export const unescapeXml = (s: string): string => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** A .docx's parts, and the text of its document part (tags dropped, tabs as spaces). */
export function docxText(bytes: Uint8Array): { xml: Record<string, string>; text: string } {
  const xml = docxParts(bytes);
  return { xml, text: unescapeXml((xml['word/document.xml'] ?? '').replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '')) };
}

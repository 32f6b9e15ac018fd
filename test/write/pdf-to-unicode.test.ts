// The PDF's text stays readable (ToUnicode) whatever documents the process wrote before: fontkit keeps one glyph
// object per glyph id for the whole process, and subsetting a composite letter (Ž) looks up its parts (Z) by id.
import { describe, expect, it } from 'vitest';
import type { Block, Document } from '../../src/document/model.js';
import { DEFAULT_THEME } from '../../src/document/theme.js';
import { pdf } from '../../src/write/pdf.js';
import { joined, pdfText } from '../helpers/document-text.js';
import { sampleDocument } from '../helpers/sample-document.js';

const theme = { ...DEFAULT_THEME, header: '', footer: '' };
const doc = (text: string): Document => ({ meta: { ...sampleDocument.meta, title: 'Plan' }, blocks: [{ type: 'paragraph', children: [{ type: 'text', text }] } satisfies Block] });

describe('pdf writer: text extraction after other documents', () => {
  it('keeps Z in a document written after one with Ž (whose glyph is built from Z)', async () => {
    // This file's module instance has drawn no Z yet: the first document has Ž only.
    expect(await pdfText(await joined(pdf(doc('Žena'), theme)))).toContain('Žena');
    const text = await pdfText(await joined(pdf(doc('Zakon o ravnopravnosti spolova'), theme)));
    expect(text).toContain('Zakon o ravnopravnosti spolova');
  });

  it('draws text that needs shaping (a combining mark) through pdfkit, readable too', async () => {
    const text = await pdfText(await joined(pdf(doc('Z\u030Cena i Zakon'), theme)));
    expect(text.normalize('NFC')).toContain('Žena i Zakon');
  });
});

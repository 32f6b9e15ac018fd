// The prepared runs, paragraphs and cells give docx's writer the same XML objects as docx's own components would.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
  type IContext,
  type IXmlableObject,
  type ParagraphChild,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { PreparedCell, PreparedParagraph, PreparedRun } from '../../src/write/docx/prepared.js';

/** What docx's writer is handed for a component (its `prepForXml`), with a fresh context each time. */
const xmlOf = (component: { prepForXml(context: IContext): IXmlableObject | undefined }): unknown =>
  component.prepForXml({ stack: [] } as unknown as IContext);

const runFormats = [
  {},
  { bold: true },
  { italics: true },
  { bold: true, italics: true, color: 'FFFFFF' },
  { style: 'Hyperlink' },
  { size: 18, italics: true },
];

const paragraphFormats = [
  {},
  { style: 'TableText' },
  { style: 'TableText', alignment: AlignmentType.RIGHT, keepNext: true },
  { style: 'Note', pageBreakBefore: true },
];

const border = { style: BorderStyle.SINGLE, size: 4, color: 'FFFFFF', space: 0 };
const cellFormats = [
  { width: { size: 1770, type: WidthType.DXA } },
  { width: { size: 3000, type: WidthType.DXA }, columnSpan: 2 },
  { width: { size: 1200, type: WidthType.DXA }, verticalMerge: VerticalMergeType.RESTART },
  { width: { size: 1200, type: WidthType.DXA }, verticalMerge: VerticalMergeType.CONTINUE },
  { width: { size: 900, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: '1F3864' }, borders: { left: border, right: border } },
];

describe('prepared docx components', () => {
  it.each(runFormats)('a run formatted %j is what TextRun gives', (format) => {
    for (const text of ['Žene, mir i sigurnost', ' leading and trailing space ', '<a & "b">']) {
      // Twice: the second comes from the properties formatted the first time.
      expect(xmlOf(new PreparedRun(text, format))).toEqual(xmlOf(new TextRun({ text, ...format })));
      expect(xmlOf(new PreparedRun(text, format))).toEqual(xmlOf(new TextRun({ text, ...format })));
    }
  });

  it.each(paragraphFormats)('a paragraph formatted %j is what Paragraph gives', (format) => {
    const children = (): ParagraphChild[] => [new TextRun({ text: 'one', bold: true }), new TextRun({ text: 'two' })];
    expect(xmlOf(new PreparedParagraph(format, children()))).toEqual(xmlOf(new Paragraph({ ...format, children: children() })));
    expect(xmlOf(new PreparedParagraph(format))).toEqual(xmlOf(new Paragraph(format)));
  });

  it.each(cellFormats)('a cell formatted %j is what TableCell gives', (format) => {
    const contents = (): Paragraph[] => [new Paragraph({ style: 'TableText', children: [new TextRun('x')] }), new Paragraph({})];
    expect(xmlOf(new PreparedCell(format, contents()))).toEqual(xmlOf(new TableCell({ ...format, children: contents() })));
  });

  it('ends a cell whose last block is a table with an empty paragraph, as TableCell does', () => {
    const contents = (): (Paragraph | Table)[] => [
      new Paragraph('before'),
      new Table({ rows: [new TableRow({ children: [new TableCell({ width: { size: 500, type: WidthType.DXA }, children: [new Paragraph('inner')] })] })], columnWidths: [500] }),
    ];
    const format = { width: { size: 2000, type: WidthType.DXA } };
    const prepared = xmlOf(new PreparedCell(format, contents()));
    expect(prepared).toEqual(xmlOf(new TableCell({ ...format, children: contents() })));
    expect((prepared as { 'w:tc': unknown[] })['w:tc']).toHaveLength(4);
  });
});

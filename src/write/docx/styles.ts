// The Word styles of the document, from the theme: Normal, Title, Subtitle, Heading 1–4 (numbered through the
// heading list), List Paragraph, caption, the TOC heading, a note, a centred line, table text, header and footer,
// and the "Plan Table" table style.
import { AlignmentType, LineRuleType, UnderlineType, type IStylesOptions } from 'docx';
import type { Theme } from '../../document/theme.js';
import { halfPoints, hex } from './geometry.js';
import { HEADING_NUMBERING } from './numbering.js';

export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  note: 'Note',
  center: 'Centered',
  tableText: 'TableText',
  tocHeading: 'TOCHeading',
  caption: 'Caption',
  header: 'Header',
  footer: 'Footer',
  table: 'PlanTable',
  hyperlink: 'Hyperlink',
} as const;

/** Line spacing 1.2 (in 240ths of a line) for body text. */
const BODY_LINE = 288;

/** Cell margins in twips, shared by the table style and the tables. */
export const CELL_MARGIN = { top: 40, bottom: 40, left: 85, right: 85 };

export function styles(theme: Theme, language: string): IStylesOptions {
  const { fonts, sizes, colors } = theme;
  const heading = (level: 1 | 2 | 3 | 4, before: number, after: number) => ({
    run: { font: fonts.heading, size: halfPoints(sizes[`h${level}`]), bold: true, italics: false, color: hex(colors.heading) },
    paragraph: {
      spacing: { before, after, line: 240, lineRule: LineRuleType.AUTO },
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
      numbering: { reference: HEADING_NUMBERING, level: level - 1 },
    },
  });
  const small = { size: halfPoints(sizes.small), color: hex(colors.muted) };
  return {
    default: {
      document: {
        run: { font: fonts.body, size: halfPoints(sizes.body), color: hex(colors.text), language: { value: language } },
        paragraph: { spacing: { after: 120, line: BODY_LINE, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: fonts.heading, size: halfPoints(sizes.title), bold: true, color: hex(colors.heading) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 1440, after: 360, line: 240, lineRule: LineRuleType.AUTO } },
      },
      heading1: heading(1, 360, 160),
      heading2: heading(2, 280, 120),
      heading3: heading(3, 240, 100),
      heading4: heading(4, 200, 80),
      listParagraph: { paragraph: { spacing: { after: 60 }, contextualSpacing: true } },
      caption: { run: { size: halfPoints(sizes.small), bold: true, italics: false, color: hex(colors.heading) }, paragraph: { spacing: { before: 120, after: 60 }, keepNext: true } },
      hyperlink: { run: { color: hex(colors.accent), underline: { type: UnderlineType.SINGLE } } },
    },
    paragraphStyles: [
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: fonts.heading, size: halfPoints(sizes.subtitle), color: hex(colors.heading) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 480 } },
      },
      { id: STYLE.note, name: 'Note', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: small, paragraph: { spacing: { after: 80, line: 240, lineRule: LineRuleType.AUTO } } },
      { id: STYLE.center, name: 'Centered', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { alignment: AlignmentType.CENTER } },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: halfPoints(sizes.table) },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.tocHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        uiPriority: 39,
        run: { font: fonts.heading, size: halfPoints(sizes.h1), bold: true, color: hex(colors.heading) },
        paragraph: { spacing: { before: 360, after: 240 }, keepNext: true },
      },
      { id: STYLE.header, name: 'header', basedOn: 'Normal', run: small, paragraph: { spacing: { after: 0 } } },
      { id: STYLE.footer, name: 'footer', basedOn: 'Normal', run: small, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } } },
    ],
  };
}

const W_NS =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15"';

/**
 * The "Plan Table" table style, as styles.xml text: docx has no option for table styles, so it comes in as external
 * styles, which docx's own default styles and the styles above are added to. It gives the rules, the cell margins and
 * the table text size; the tables carry the same borders and margins as direct formatting too, since LibreOffice and
 * Google Docs apply table styles only in part. The header fill is direct formatting on the header rows only: a
 * `firstRow` conditional format would also fill the first row of a table without a header in LibreOffice, which
 * reads `w:tblLook` only from the `w:val` bitmask docx doesn't write.
 */
export function tableStyleXml(theme: Theme): string {
  const border = `w:val="single" w:sz="4" w:space="0" w:color="${hex(theme.colors.tableBorder)}"`;
  const size = halfPoints(theme.sizes.table);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W_NS}>` +
    `<w:style w:type="table" w:styleId="${STYLE.table}"><w:name w:val="Plan Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>` +
    `<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>` +
    `<w:tblPr><w:tblBorders><w:top ${border}/><w:bottom ${border}/><w:insideH ${border}/></w:tblBorders>` +
    `<w:tblCellMar><w:top w:w="${CELL_MARGIN.top}" w:type="dxa"/><w:left w:w="${CELL_MARGIN.left}" w:type="dxa"/><w:bottom w:w="${CELL_MARGIN.bottom}" w:type="dxa"/><w:right w:w="${CELL_MARGIN.right}" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `</w:style></w:styles>`
  );
}

// The Word writer: a Document and a theme → the bytes of a .docx, the same bytes every time.
import {
  Document as WordDocument,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TextRun,
  type ISectionOptions,
  type ISectionPropertiesOptions,
} from 'docx';
import { cellCount, LONG_DOCUMENT_CELLS, type Block, type Document } from '../../document/model.js';
import type { Theme } from '../../document/theme.js';
import { beginLongDocument } from '../../heap.js';
import type { Counters } from './context.js';
import { pageGeometry, textWidth, wordLanguage, type Orientation, type PageGeometry } from './geometry.js';
import { numbering } from './numbering.js';
import { coreXml, deterministicZip, packageParts } from './package.js';
import { STYLE, styles, tableStyleXml } from './styles.js';
import { APART_LIMITS, WrittenApart, type ApartLimits } from './written-apart.js';
import type { FileParts } from '../writer.js';

interface Group {
  orientation: Orientation;
  blocks: Block[];
}

/**
 * The Word sections: the blocks between `section` blocks in portrait, each `section` in its own orientation. A
 * section starts on a new page, so page breaks at either end of one are dropped.
 */
export function sectionGroups(blocks: readonly Block[]): Group[] {
  const groups: Group[] = [];
  let current: Block[] = [];
  const flush = (orientation: Orientation) => {
    let start = 0;
    let end = current.length;
    while (start < end && current[start]!.type === 'page-break') start++;
    while (end > start && current[end - 1]!.type === 'page-break') end--;
    if (end > start) groups.push({ orientation, blocks: current.slice(start, end) });
    current = [];
  };
  for (const block of blocks) {
    if (block.type === 'section') {
      flush('portrait');
      current = [...block.blocks];
      flush(block.orientation);
    } else {
      current.push(block);
    }
  }
  flush('portrait');
  return groups;
}

function header(theme: Theme): Header {
  return new Header({ children: [new Paragraph({ style: STYLE.header, text: theme.header || undefined })] });
}

/** The footer text with `{page}` as a PAGE field and `{pages}` as a NUMPAGES field. */
function footer(theme: Theme): Footer {
  const children = theme.footer
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}'
        ? new TextRun({ children: [PageNumber.CURRENT] })
        : part === '{pages}'
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES] })
          : new TextRun(part),
    );
  return new Footer({ children: [new Paragraph({ style: STYLE.footer, children })] });
}

const blank = { header: () => new Header({ children: [new Paragraph({ style: STYLE.header })] }), footer: () => new Footer({ children: [new Paragraph({ style: STYLE.footer })] }) };

function section(group: Group, index: number, page: PageGeometry, theme: Theme, counters: Counters, apart: WrittenApart): ISectionOptions {
  // The blocks before the first page break of the document are the cover: its page has no header or footer.
  const cover = index === 0 && group.blocks.some((b) => b.type === 'page-break');
  const pageBreak = { pending: false };
  const properties: ISectionPropertiesOptions = {
    type: SectionType.NEXT_PAGE,
    titlePage: cover || undefined,
    page: {
      size: { width: page.width, height: page.height, orientation: group.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { ...page.margin, gutter: 0 },
    },
  };
  const ctx = { theme, width: textWidth(page, group.orientation), counters, pageBreak, inTable: false, inHead: false };
  const children = apart.convert(group.blocks, ctx, properties);
  // Only the first section has a header and footer of its own: a section without them takes the previous one's
  // (ECMA-376 §17.10.5), so a plan's five or six sections share one pair in the file, not one part each.
  if (index > 0) return { properties, children: children.length > 0 ? children : [new Paragraph({})] };
  return {
    properties,
    headers: cover ? { default: header(theme), first: blank.header() } : { default: header(theme) },
    footers: cover ? { default: footer(theme), first: blank.footer() } : { default: footer(theme) },
    children: children.length > 0 ? children : [new Paragraph({})],
  };
}

/** `apart`: when tables are written apart (./written-apart.ts); the bytes are the same either way. */
export async function renderDocx(document: Document, theme: Theme, apart: ApartLimits = APART_LIMITS): Promise<FileParts> {
  const { meta } = document;
  const language = wordLanguage(meta.language);
  const page = pageGeometry(theme);
  const counters: Counters = { link: 0, image: 0, list: 0 };
  const written = new WrittenApart(apart);
  const ended = cellCount(document.blocks) >= LONG_DOCUMENT_CELLS ? beginLongDocument() : undefined;
  try {
    let groups = sectionGroups(document.blocks);
    if (groups.length === 0) groups = [{ orientation: 'portrait', blocks: [] }];
    const word = new WordDocument({
      title: meta.title,
      subject: meta.subject,
      creator: meta.author,
      keywords: meta.keywords?.join(', '),
      lastModifiedBy: meta.author,
      revision: 1,
      externalStyles: tableStyleXml(theme),
      styles: styles(theme, language),
      numbering: numbering(),
      // Word fills in the table of contents and the page count when the client opens the file.
      features: { updateFields: true },
      sections: groups.map((group, index) => section(group, index, page, theme, counters, written)),
    });
    const parts: Map<string, string | Uint8Array | FileParts> = packageParts(word, [{ path: 'docProps/core.xml', data: coreXml(meta, language) }]);
    parts.set('word/document.xml', written.splice(parts.get('word/document.xml') as string));
    return await deterministicZip(parts, meta.date);
  } finally {
    ended?.();
  }
}

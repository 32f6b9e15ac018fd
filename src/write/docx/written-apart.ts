// Runs of large tables written to XML apart from the document, a few thousand cells at a time, and put back into
// its XML: a coverage report's many thousands of cells never have their docx objects in memory all at once.
import { Document as WordDocument, FileChild, type IContext, type ISectionPropertiesOptions, type IXmlableObject } from 'docx';
import { cellCount, withoutLinks, type Block } from '../../document/model.js';
import { relieveHeap } from '../../heap.js';
import { convertBlocks } from './blocks.js';
import type { BodyChild, Ctx } from './context.js';
import { packageParts, renumberBookmarks } from './package.js';
import { utf8Parts, type FileParts } from '../writer.js';

/*
 * docx builds a component for every run, paragraph and cell, then an XML object for each, then another object for
 * each as it writes the XML, and all of them are alive until the string is made: at 1,000 municipalities the coverage
 * report (97,000 cells) took 850 MB above the Document it came from. A run of tables is instead handed to a document
 * of its own as soon as it is converted, and its XML is taken from that document's body; only its UTF-8 bytes are kept.
 * Only tables that need nothing from the document they are in are written apart: no links (relationships), lists
 * (numbering), images or charts (media), headings (bookmarks, the contents) or tables of contents.
 */

export interface ApartLimits {
  /** Cells in a run before it is written apart; the docx objects of one run are what is alive at once. */
  run: number;
  /** Fewer cells than this are not worth a document of their own (about 2 ms): a plan's tables are written in place. */
  min: number;
}

export const APART_LIMITS: ApartLimits = { run: 4000, min: 2000 };

const PLACEHOLDER = /<wpsplan-apart n="(\d+)"\/>/g;

/** Where a run written apart goes back into the document's XML. Not a Paragraph: it stands for tables. */
class Placeholder extends FileChild {
  constructor(private readonly n: number) {
    super('wpsplan-apart');
  }

  override prepForXml(_context: IContext): IXmlableObject {
    return { 'wpsplan-apart': { _attr: { n: this.n } } } as IXmlableObject;
  }
}

/** Whether a table's XML is the same in any document: only paragraphs of text (and such tables) in its cells. */
export function selfContained(block: Extract<Block, { type: 'table' }>): boolean {
  return [...block.head, ...block.body].every((row) =>
    row.cells.every((cell) => cell.blocks.every((b) => (b.type === 'paragraph' && withoutLinks(b.children)) || (b.type === 'table' && selfContained(b)))),
  );
}

export class WrittenApart {
  /** The XML of each run, as UTF-8 parts: half the memory of a string with any letter beyond Latin-1. */
  private readonly xml: FileParts[] = [];

  constructor(private readonly limits: ApartLimits = APART_LIMITS) {}

  /**
   * A section's children: its blocks converted one at a time, runs of self-contained tables with enough cells written
   * apart in a document with the section's page, so the widths docx derives from the page are the same.
   */
  convert(blocks: readonly Block[], ctx: Ctx, properties: ISectionPropertiesOptions): BodyChild[] {
    const out: BodyChild[] = [];
    let run: BodyChild[] = [];
    let cells = 0;
    const flush = () => {
      if (cells >= this.limits.min) out.push(this.write(run, properties));
      else out.push(...run);
      run = [];
      cells = 0;
    };
    blocks.forEach((block, index) => {
      const children = convertBlocks([block], ctx, blocks[index + 1]);
      if (block.type === 'table' && selfContained(block)) {
        run.push(...children);
        cells += cellCount([block]);
        if (cells >= this.limits.run) flush();
      } else {
        flush();
        out.push(...children);
      }
    });
    flush();
    return out;
  }

  private write(children: BodyChild[], properties: ISectionPropertiesOptions): Placeholder {
    const xml = packageParts(new WordDocument({ sections: [{ properties, children }] }), []).get('word/document.xml') as string;
    // A document of one section has its section properties last in the body, after the children.
    const start = xml.indexOf('<w:body>') + '<w:body>'.length;
    this.xml.push(utf8Parts(xml.slice(start, xml.lastIndexOf('<w:sectPr'))));
    relieveHeap();
    return new Placeholder(this.xml.length - 1);
  }

  /**
   * The document's XML with its bookmarks renumbered (./package.ts) and each run written apart in its place; the
   * XML as it is when nothing was written apart.
   */
  splice(documentXml: string): string | FileParts {
    if (this.xml.length === 0) return documentXml;
    const pieces = renumberBookmarks(documentXml).split(PLACEHOLDER);
    // split() with a group gives the text between placeholders at even indexes and the numbers at odd ones.
    return pieces.flatMap((piece, i) => (i % 2 === 0 ? utf8Parts(piece) : this.xml[Number(piece)]!));
  }
}

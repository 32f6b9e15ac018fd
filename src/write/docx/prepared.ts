// Text runs, table cells and their paragraphs that hand docx their XML objects directly, their properties formatted once per kind.
import {
  BaseXmlComponent,
  EMPTY_OBJECT,
  Paragraph,
  ParagraphProperties,
  RunProperties,
  Table,
  TableCell,
  type IContext,
  type IParagraphOptions,
  type IRunOptions,
  type ITableCellOptions,
  type IXmlableObject,
  type ParagraphChild,
} from 'docx';

/*
 * A plan document has thousands of runs and table-cell paragraphs, and docx builds a component for each property of
 * each (a run in bold is a Run, its RunProperties, two OnOffElements, a Text and its attributes) and then walks them
 * all to make the XML objects it writes. The properties repeat a handful of ways, so these classes ask docx to
 * format each way once (a worker keeps them for every document it writes) and make the rest of the objects
 * themselves, in the shapes docx's own `prepForXml` gives (test/write/docx-prepared.test.ts): the .docx bytes are the same.
 * The run and the paragraph are plain components (docx tells a component by the element it writes, not its class),
 * so none of the objects docx's TextRun and Paragraph make in their constructors is made; the cell subclasses
 * docx's, whose table finds its cells by class, and passes it no formatting options, so docx builds none of the parts
 * written here.
 */

type RunFormat = Pick<IRunOptions, 'bold' | 'italics' | 'color' | 'style' | 'size'>;
type ParagraphFormat = Pick<IParagraphOptions, 'style' | 'alignment' | 'keepNext' | 'pageBreakBefore'>;
type CellFormat = Pick<ITableCellOptions, 'width' | 'columnSpan' | 'verticalMerge' | 'shading' | 'borders'>;

interface Writable {
  prepForXml(context: IContext): IXmlableObject | undefined;
}

const runProperties = new Map<string, IXmlableObject | null>();
const paragraphProperties = new Map<string, IXmlableObject | null>();
const cellProperties = new Map<string, IXmlableObject | null>();
const PRESERVE_SPACE = deepFreeze({ _attr: { 'xml:space': 'preserve' } });

/** The XML object docx makes of a component without attributes and with these children (XmlComponent.prepForXml). */
function element(name: string, children: IXmlableObject[]): IXmlableObject {
  return { [name]: children.length === 0 ? EMPTY_OBJECT : children } as IXmlableObject;
}

/**
 * Properties formatted by docx once per distinct format; null when docx leaves the element out (no properties).
 * Many elements share one object, so it is frozen: anything that changed it in place would fail, not spread.
 */
function formatted(cache: Map<string, IXmlableObject | null>, format: object, make: () => Writable, context: IContext): IXmlableObject | null {
  const key = JSON.stringify(format);
  let xml = cache.get(key);
  if (xml === undefined) cache.set(key, (xml = deepFreeze(make().prepForXml(context)) ?? null));
  return xml;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A run of text: `<w:r>` with its properties and one `<w:t xml:space="preserve">`. */
export class PreparedRun extends BaseXmlComponent {
  constructor(
    private readonly text: string,
    private readonly format: RunFormat,
  ) {
    super('w:r');
  }

  /** As a paragraph's child: docx's type for one names docx's classes only. */
  get asChild(): ParagraphChild {
    return this as unknown as ParagraphChild;
  }

  prepForXml(context: IContext): IXmlableObject {
    const properties = formatted(runProperties, this.format, () => new RunProperties(this.format), context);
    const text = { 'w:t': [PRESERVE_SPACE, this.text] } as IXmlableObject;
    return element('w:r', properties ? [properties, text] : [text]);
  }
}

/**
 * A paragraph in a table cell. Only there: docx writes a section's properties into the last paragraph of the
 * section in the body, which these paragraphs would leave out; and they take only formats without side effects
 * (no numbering, which docx registers while writing).
 */
export class PreparedParagraph extends BaseXmlComponent {
  constructor(
    private readonly format: ParagraphFormat,
    private readonly children: readonly ParagraphChild[] = [],
  ) {
    super('w:p');
  }

  /** As a cell's child: docx's type for one names docx's classes only. */
  get asChild(): Paragraph {
    return this as unknown as Paragraph;
  }

  prepForXml(context: IContext): IXmlableObject {
    context.stack.push(this);
    const properties = formatted(paragraphProperties, this.format, () => new ParagraphProperties(this.format), context);
    const children: IXmlableObject[] = properties ? [properties] : [];
    for (const child of this.children) {
      // A component written as several (a run split at a field, a bookmark's start and end) gives its parts.
      const written = child as unknown as Writable & { writtenAs?: readonly Writable[] };
      for (const part of written.writtenAs ?? [written]) {
        const xml = part.prepForXml(context);
        if (xml !== undefined) children.push(xml);
      }
    }
    context.stack.pop();
    return element('w:p', children);
  }
}

/**
 * A table cell with a width of its own (so the table does not set one). docx does not export its cell properties
 * component: they are taken from a cell docx formats once per format.
 */
export class PreparedCell extends TableCell {
  constructor(
    private readonly format: CellFormat & { width: NonNullable<CellFormat['width']> },
    private readonly contents: readonly (Paragraph | Table)[],
  ) {
    // The table reads the span to place cells; nothing else of the options.
    super({ children: [], ...(format.columnSpan ? { columnSpan: format.columnSpan } : {}) });
  }

  /** The table gives a cell without a width its columns' width; this cell has its own. */
  override setColumnWidth(): void {}

  override prepForXml(context: IContext): IXmlableObject {
    context.stack.push(this);
    const properties = formatted(cellProperties, this.format, () => ({ prepForXml: (c: IContext) => cellPropertiesOf(this.format, c) }), context);
    const children: IXmlableObject[] = properties ? [properties] : [];
    for (const content of this.contents) {
      const xml = content.prepForXml(context);
      if (xml !== undefined) children.push(xml);
    }
    // Word wants a paragraph at the end of every cell: an empty one, as docx's own cell adds.
    const last = this.contents[this.contents.length - 1];
    if (!(last instanceof Paragraph || last instanceof PreparedParagraph)) children.push(element('w:p', []));
    context.stack.pop();
    return element('w:tc', children);
  }
}

function cellPropertiesOf(format: CellFormat, context: IContext): IXmlableObject | undefined {
  const xml = new TableCell({ ...format, children: [] }).prepForXml(context) as Record<string, IXmlableObject[]>;
  const first = xml['w:tc']?.[0];
  return first && 'w:tcPr' in first ? first : undefined;
}

// Inlines → runs: text, strong, em, line breaks, and hyperlinks with deterministic relationship ids.
import { ConcreteHyperlink, InternalHyperlink, TextRun, type IContext, type IXmlableObject, type ParagraphChild } from 'docx';
import { PreparedRun } from './prepared.js';
import type { Inline } from '../../document/model.js';
import type { Ctx } from './context.js';
import { hex } from './geometry.js';
import { STYLE } from './styles.js';

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/**
 * An external hyperlink whose relationship id comes from the writer's counter. docx's `ExternalHyperlink` draws a
 * random id for it, which would make two renders of one Document differ.
 */
class ExternalLink extends ConcreteHyperlink {
  private readonly added = new WeakSet<object>();

  constructor(children: readonly ParagraphChild[], id: string, private readonly href: string) {
    super(children, id);
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const relationships = context.viewWrapper.Relationships;
    if (!this.added.has(relationships)) {
      this.added.add(relationships);
      relationships.addRelationship(this.linkId, HYPERLINK, this.href, 'External');
    }
    return super.prepForXml(context);
  }
}

interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  style?: string;
  inLink?: boolean;
  /** Half-points, where the paragraph style doesn't give the size (a list in a table cell). */
  size?: number;
}

/** A bookmark name Word accepts: a letter first, then letters, digits and `_`, at most 40 characters. */
export function bookmarkName(id: string): string {
  const name = id.replace(/[^\p{L}\p{N}_]/gu, '_');
  return (/^\p{L}/u.test(name) ? name : `_${name}`).slice(0, 40);
}

export function runs(inlines: readonly Inline[], ctx: Ctx, format: RunFormat = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const head = ctx.inHead ? { bold: true, color: hex(ctx.theme.colors.tableHeaderText) } : {};
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
        if (inline.text !== '') out.push(new PreparedRun(inline.text, { ...head, bold: format.bold || ctx.inHead || undefined, italics: format.italics, style: format.style, size: format.size }).asChild);
        break;
      case 'strong':
        out.push(...runs(inline.children, ctx, { ...format, bold: true }));
        break;
      case 'em':
        out.push(...runs(inline.children, ctx, { ...format, italics: true }));
        break;
      case 'break':
        out.push(new TextRun({ break: 1, size: format.size }));
        break;
      case 'link': {
        if (format.inLink) {
          out.push(...runs(inline.children, ctx, format));
          break;
        }
        const children = runs(inline.children, ctx, { ...format, style: STYLE.hyperlink, inLink: true });
        if (inline.href.startsWith('#')) {
          out.push(new InternalHyperlink({ anchor: bookmarkName(inline.href.slice(1)), children }));
        } else {
          out.push(new ExternalLink(children, `Link${++ctx.counters.link}`, inline.href));
        }
        break;
      }
    }
  }
  return out;
}

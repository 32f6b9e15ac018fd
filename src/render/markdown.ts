// Markdown fields of a plan → document HTML, with a well-kept Markdown library; raw HTML stays text.
import MarkdownIt from 'markdown-it';

// CommonMark with tables. Raw HTML is escaped (never interpreted); constructs outside document
// HTML (code blocks, quotes, rules) read as ordinary paragraphs.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable(['code', 'fence', 'blockquote', 'hr']);

/**
 * Renders Markdown with its headings moved below the chapter they sit in: under a chapter
 * heading of level `base`, `#` becomes level base+1, and nothing goes deeper than h4.
 */
export function markdownToHtml(text: string, base: number): string {
  const tokens = md.parse(text, {});
  for (const token of tokens) {
    // Images in Markdown belong to the plan: they resolve in the plan's folder, never the template's.
    for (const child of token.children ?? []) {
      if (child.type === 'image') child.attrSet('src', `plan:${child.attrGet('src') ?? ''}`);
    }
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      const level = Math.min(4, Number(token.tag.slice(1)) + base);
      token.tag = `h${level}`;
      if (token.type === 'heading_open') token.attrJoin('class', 'unnumbered');
    }
  }
  return md.renderer.render(tokens, md.options, {});
}

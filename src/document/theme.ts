// The theme of a template: page, type and colours, the same for every writer.

export interface Theme {
  page: {
    size: 'A4' | 'Letter';
    /** Margins in millimetres. */
    margins: { top: number; right: number; bottom: number; left: number };
  };
  fonts: {
    /** Font family names for Word; the PDF embeds its own Unicode font (Noto Sans) whatever they say. */
    body: string;
    heading: string;
  };
  /** Font sizes in points. */
  sizes: { body: number; small: number; title: number; subtitle: number; h1: number; h2: number; h3: number; h4: number; table: number };
  /** Colours as `#rrggbb`. */
  colors: { text: string; heading: string; accent: string; tableHeader: string; tableHeaderText: string; tableBorder: string; muted: string };
  /** Text in the page header (usually the plan title); empty for none. The cover page has no header or footer. */
  header: string;
  /**
   * Text in the page footer; `{page}` and `{pages}` are replaced by the page number and the page
   * count ("Stranica {page} od {pages}").
   */
  footer: string;
}

export const DEFAULT_THEME: Theme = {
  page: { size: 'A4', margins: { top: 25, right: 20, bottom: 25, left: 25 } },
  fonts: { body: 'Noto Sans', heading: 'Noto Sans' },
  sizes: { body: 10.5, small: 8.5, title: 26, subtitle: 14, h1: 16, h2: 13, h3: 11.5, h4: 10.5, table: 9 },
  colors: { text: '#1a1a1a', heading: '#1f3864', accent: '#2e75b6', tableHeader: '#1f3864', tableHeaderText: '#ffffff', tableBorder: '#8eaadb', muted: '#595959' },
  header: '',
  footer: 'Page {page} of {pages}',
};

// Page geometry, units, colours and language tags for the Word writer.
import type { Theme } from '../../document/theme.js';

/** Twips (1/20 pt) per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;

/** Portrait page sizes in twips. */
const PAGE_SIZES: Record<Theme['page']['size'], { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};

export type Orientation = 'portrait' | 'landscape';

export interface PageGeometry {
  /** The portrait page size in twips (docx swaps it for landscape). */
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number };
}

export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);

export function pageGeometry(theme: Theme): PageGeometry {
  const size = PAGE_SIZES[theme.page.size] ?? PAGE_SIZES.A4;
  const m = theme.page.margins;
  const top = mmToTwips(m.top);
  const bottom = mmToTwips(m.bottom);
  return {
    width: size.width,
    height: size.height,
    margin: {
      top,
      right: mmToTwips(m.right),
      bottom,
      left: mmToTwips(m.left),
      // The header and footer sit halfway into the top and bottom margins.
      header: Math.round(top / 2),
      footer: Math.round(bottom / 2),
    },
  };
}

/** The width of the text between the left and right margins, in twips, for an orientation. */
export function textWidth(page: PageGeometry, orientation: Orientation): number {
  const paper = orientation === 'landscape' ? page.height : page.width;
  return paper - page.margin.left - page.margin.right;
}

/** `#rrggbb` → `RRGGBB` as WordprocessingML writes colours; anything else → `auto`. */
export function hex(color: string | undefined): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(color ?? '');
  return m?.[1] ? m[1].toUpperCase() : 'auto';
}

/** Half-points, as `w:sz` measures font sizes. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);

/**
 * A bare BCP 47 language → the tag Word gives the language in a country where it is mostly written (CLDR's likely
 * subtags, with the script only where Word's own tag has one). Word marks an unknown or region-less tag "no proofing".
 */
const LIKELY_REGION: Record<string, string> = {
  ar: 'ar-EG', bg: 'bg-BG', bs: 'bs-Latn-BA', cs: 'cs-CZ', da: 'da-DK', de: 'de-DE', el: 'el-GR', en: 'en-US',
  es: 'es-ES', et: 'et-EE', fi: 'fi-FI', fil: 'fil-PH', fr: 'fr-FR', he: 'he-IL', hr: 'hr-HR', hu: 'hu-HU',
  hy: 'hy-AM', id: 'id-ID', it: 'it-IT', ja: 'ja-JP', ka: 'ka-GE', ko: 'ko-KR', lt: 'lt-LT', lv: 'lv-LV',
  mk: 'mk-MK', nb: 'nb-NO', ne: 'ne-NP', nl: 'nl-NL', no: 'nb-NO', pl: 'pl-PL', pt: 'pt-BR', ro: 'ro-RO',
  ru: 'ru-RU', sk: 'sk-SK', sl: 'sl-SI', sq: 'sq-AL', sr: 'sr-Cyrl-RS', sv: 'sv-SE', sw: 'sw-KE', tr: 'tr-TR',
  uk: 'uk-UA', zh: 'zh-CN',
};

/** `bs` → `bs-Latn-BA`, `en-gb` → `en-GB`; a tag with a region is kept, an unknown bare tag stays bare. */
export function wordLanguage(tag: string): string {
  const parts = tag.trim().replace(/_/g, '-').split('-').filter(Boolean);
  const [lang, ...rest] = parts;
  if (!lang) return 'en-US';
  if (rest.length === 0) return LIKELY_REGION[lang.toLowerCase()] ?? lang.toLowerCase();
  return [
    lang.toLowerCase(),
    ...rest.map((p) => (p.length === 4 ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p.length === 2 ? p.toUpperCase() : p)),
  ].join('-');
}

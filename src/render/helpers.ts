// The Handlebars helpers templates may call; each formats in the plan's language or converts Markdown.
import Handlebars from 'handlebars';
import { localized } from '../intl.js';
import { markdownToHtml } from './markdown.js';

export interface Formatting {
  /** BCP 47 language of the plan, for numbers and dates. */
  language: string;
}

type Helper = (...args: unknown[]) => unknown;

/** Handlebars passes its options object last; helpers see only the template's own arguments. */
const args = (all: unknown[]): unknown[] => all.slice(0, -1);

export function helpers(formatting: Formatting): Record<string, Helper> {
  const numbers = safeNumberFormat(formatting.language);
  return {
    /** {{md text 2}}: Markdown under a chapter heading of level 2, as document HTML. */
    md: (...all) => {
      const [text, level] = args(all);
      return new Handlebars.SafeString(typeof text === 'string' ? markdownToHtml(text, Number(level ?? 1)) : '');
    },
    /** {{num 12500}} → "12.500" in Bosnian, "12,500" in English. */
    num: (...all) => {
      const [value] = args(all);
      return typeof value === 'number' ? numbers.format(value) : String(value ?? '');
    },
    /** {{join list ", "}} */
    join: (...all) => {
      const [list, separator] = args(all);
      return Array.isArray(list) ? list.map(String).join(typeof separator === 'string' ? separator : ', ') : String(list ?? '');
    },
    /** {{#if (eq a b)}} */
    eq: (...all) => {
      const [a, b] = args(all);
      return a === b;
    },
  };
}

function safeNumberFormat(language: string): Intl.NumberFormat {
  return localized('number', language, (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 2 }));
}

// Terminal colours, applied only when the reporter was told colour is on.
import type { Severity } from '../diagnostics/diagnostic.js';

// Plain SGR codes: the caller decides whether colour is on (TTY, NO_COLOR, --no-color).
const CODES = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], cyan: [36, 39] } as const;

export type Style = keyof typeof CODES;

export type Paint = (style: Style, text: string) => string;

export const paintWith = (color: boolean): Paint =>
  color ? (style, text) => `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m` : (_style, text) => text;

export const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

// Terminal colours, applied only when the reporter was told colour is on.
import { styleText } from 'node:util';
import type { Severity } from '../diagnostics/diagnostic.js';

type Style = Parameters<typeof styleText>[0];

export type Paint = (style: Style, text: string) => string;

export const paintWith = (color: boolean): Paint => (color ? (style, text) => styleText(style, text) : (_style, text) => text);

export const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

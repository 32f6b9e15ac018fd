// The registry of coverage formats, by the name --format takes.
import { csv } from './csv.js';
import type { CoverageFormatter } from './format.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { table } from './table.js';

export const coverageFormats = { table, json, csv, markdown } satisfies Record<string, CoverageFormatter>;

export type CoverageFormat = keyof typeof coverageFormats;

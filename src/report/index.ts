// The registry of reporters, by the name --format takes.
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import type { Reporter } from './reporter.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const reporters = { stylish, json, junit, sarif, github } satisfies Record<string, Reporter>;

export type ReportFormat = keyof typeof reporters;

export const isReportFormat = (name: string): name is ReportFormat => Object.prototype.hasOwnProperty.call(reporters, name);

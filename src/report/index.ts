// The registry of reporters, by the name --format takes.
import { json } from './json.js';
import type { Reporter } from './reporter.js';
import { stylish } from './stylish.js';

export const reporters = { stylish, json } satisfies Record<string, Reporter>;

export type ReportFormat = keyof typeof reporters;

export const isReportFormat = (name: string): name is ReportFormat => Object.prototype.hasOwnProperty.call(reporters, name);

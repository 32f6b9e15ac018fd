// Coverage as JSON: the model as it is, for other tools.
import type { CoverageFormatter } from './format.js';

export const json: CoverageFormatter = (report) => `${JSON.stringify(report, null, 2)}\n`;

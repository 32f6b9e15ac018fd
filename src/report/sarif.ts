// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, a rule for each code reported, a result for each diagnostic.
import { codes, type Code } from '../diagnostics/codes.js';
import type { Range, Severity } from '../diagnostics/diagnostic.js';
import { version } from '../version.js';
import type { Reporter } from './reporter.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A plain SARIF message: braces are doubled, as they would otherwise start a placeholder such as {0} (SARIF §3.11.5). */
const message = (text: string): { text: string } => ({ text: text.replace(/[{}]/g, (c) => c + c) });

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Lone surrogates (which encodeURIComponent refuses) become U+FFFD. */
const wellFormed = (s: string): string => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

const encodePath = (path: string): string => path.split('/').map((segment) => encodeURIComponent(wellFormed(segment))).join('/');

/**
 * A file path as a URI reference: forward slashes, each segment percent-encoded (spaces, `%`, `#`, `:`, non-ASCII…).
 * A relative path is relative to %SRCROOT% (the folder wpsplan ran in); an absolute one becomes a file: URI.
 */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const path = file.replace(/\\/g, '/');
  const drive = /^([A-Za-z]:)\//.exec(path);
  if (drive) return { uri: `file:///${drive[1]}${encodePath(path.slice(2))}` };
  if (path.startsWith('//')) return { uri: `file:${encodePath(path)}` };
  if (path.startsWith('/')) return { uri: `file://${encodePath(path)}` };
  return { uri: encodePath(path), uriBaseId: '%SRCROOT%' };
}

// Our positions are 1-based, columns in UTF-16 code units, the end exclusive: SARIF's own defaults (columnKind utf16CodeUnits).
const physicalLocation = (file: string, range: Range | undefined) => ({
  artifactLocation: artifactLocation(file),
  ...(range
    ? { region: { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column } }
    : {}),
});

function rule(code: Code) {
  const info = codes[code] as { severity: Severity; title: string } | undefined;
  const title = info?.title ?? code;
  return {
    id: code,
    shortDescription: message(title),
    fullDescription: message(title),
    defaultConfiguration: { level: LEVEL[info?.severity ?? 'error'] },
    help: message(`${title}\nRun \`wpsplan explain ${code}\` for more.`),
  };
}

export const sarif: Reporter = (input) => {
  const ids = [...new Set(input.diagnostics.map((d) => d.code))].sort(byCodeUnits);
  const ruleIndex = new Map(ids.map((id, index) => [id, index]));
  const results = input.diagnostics.map((d) => ({
    ruleId: d.code,
    ruleIndex: ruleIndex.get(d.code)!,
    level: LEVEL[d.severity],
    message: message(d.hint ? `${d.message}\nhint: ${d.hint}` : d.message),
    locations: [{ physicalLocation: physicalLocation(d.file, d.range) }],
    ...(d.related && d.related.length > 0
      ? { relatedLocations: d.related.map((r, i) => ({ id: i + 1, physicalLocation: physicalLocation(r.file, r.range), message: message(r.message) })) }
      : {}),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'wpsplan', version: version(), rules: ids.map(rule) } }, columnKind: 'utf16CodeUnits', results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

// YAML text → a yaml Document (core schema, no custom tags, unique keys) and yaml/syntax diagnostics.
import { parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Source } from './source.js';

/** The `yaml` library's limit on alias expansion, kept as the spec asks. */
export const MAX_ALIAS_COUNT = 100;

/** An alias is `*name` where a value can start; anything else with a `*` is text. */
const MAYBE_ALIAS = /(^|[\s[{,:-])\*[^\s,\]}]/m;

export interface ParsedYaml {
  doc: Document.Parsed;
  diagnostics: Diagnostic[];
}

/** Plainer words for the yaml library's messages, by its error code. */
const explained: Record<string, { message?: string; hint: string }> = {
  DUPLICATE_KEY: { hint: 'each key may appear once in a mapping; remove or rename one of them' },
  TAG_RESOLVE_FAILED: { hint: 'custom tags (!tag, !!js/…) are not allowed in plan files; remove the tag' },
  MULTIPLE_DOCS: { message: 'the file holds more than one YAML document', hint: 'a plan file holds one document: remove the `---` line, or split the file in two' },
  BAD_INDENT: { hint: 'check the indentation: keys of one mapping line up under each other, indented with spaces' },
  TAB_AS_INDENT: { hint: 'indent with spaces; YAML does not allow tabs for indentation' },
  BLOCK_AS_IMPLICIT_KEY: {
    message: 'a value runs on into the next line, which looks like a nested key',
    hint: 'check the indentation of the next line: a key of the same mapping starts in the same column',
  },
  MULTILINE_IMPLICIT_KEY: { message: 'a key must fit on one line', hint: 'check the indentation of the next line, or put the value in quotes' },
};

/** The YAML 1.2 core schema, merge keys, no custom tags, duplicate keys refused. */
export function parseYamlText(text: string): Document.Parsed {
  return parseDocument(text, { schema: 'core', merge: true, uniqueKeys: true, customTags: [], prettyErrors: false, strict: true });
}

export function parseYaml(source: Source): ParsedYaml {
  const doc = parseYamlText(source.text);
  const diagnostics = yamlDiagnostics([...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')], source);
  if (diagnostics.length === 0) diagnostics.push(...aliasDiagnostics(doc, source));
  return { doc, diagnostics };
}

function yamlDiagnostics(errors: readonly YAMLError[], source: Source): Diagnostic[] {
  const lines = new Set<number>();
  const out: Diagnostic[] = [];
  for (const error of errors) {
    // Later errors on the same line are mostly the same mistake seen again; a diagnostic may point at another line
    // than its error (an over-indented line is reported where it is, YAML's error on the line above), so both count.
    const own = source.positionAt(error.pos[0]).line;
    if (lines.has(own)) continue;
    const d = yamlDiagnostic(error, source);
    const line = d.range?.start.line ?? 0;
    if (lines.has(line)) continue;
    lines.add(own).add(line);
    out.push(d);
  }
  return out;
}

function yamlDiagnostic(error: YAMLError, source: Source): Diagnostic {
  const [at, end] = error.pos;
  // An indentation error starts at the line's first column: point at what is written there instead.
  const start = error.code === 'BAD_INDENT' ? at + (/^ */.exec(source.text.slice(at))?.[0].length ?? 0) : at;
  const own = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const unclosed = unclosedOpener(own, source.text, start);
  if (unclosed) {
    return diagnostic('yaml/syntax', {
      file: source.file,
      message: `this ${unclosed.what} is never closed`,
      range: source.rangeAt(unclosed.at, unclosed.at + 1),
      hint: `add the closing ${unclosed.closer}, or remove the opening one`,
    });
  }
  const indented = overIndented(error, source);
  if (indented) return indented;
  const plain = colonInValue(error, source.text) ?? textAfterQuote(error, own) ?? explained[error.code];
  const written = /^("[^"\n]*"|'[^'\n]*'|!\S*|[^:\n]+?)(?=\s*:|\s|$)/.exec(source.text.slice(start))?.[1] ?? '';
  const message =
    error.code === 'DUPLICATE_KEY' ? `duplicate key "${written}"` : error.code === 'TAG_RESOLVE_FAILED' ? `the tag ${written} is not allowed` : (plain?.message ?? lowerFirst(own));
  return diagnostic('yaml/syntax', {
    file: source.file,
    message,
    range: source.rangeAt(start, written && error.code !== 'MULTIPLE_DOCS' ? start + written.length : end),
    ...(plain ? { hint: plain.hint } : {}),
  });
}

/**
 * `id: XX` and then `  title: …` indented further: YAML reports the value `XX` running on into a nested key, on
 * the line before the mistake. The diagnostic points at the line indented too far, with the key above it as the
 * related location.
 */
function overIndented(error: YAMLError, source: Source): Diagnostic | undefined {
  if (error.code !== 'BLOCK_AS_IMPLICIT_KEY' || colonInValue(error, source.text)) return undefined;
  const text = source.text;
  const lineStart = text.lastIndexOf('\n', error.pos[0] - 1) + 1;
  const above = /^( *)(- +)*([^\s:#][^:#\n]*?):(?=\s)/.exec(text.slice(lineStart));
  if (!above) return undefined;
  const aboveColumn = above[0].length - above[3]!.length - 1;
  // The next line with content: blank lines and comments in between do not count.
  const next = /\n(?:[ \t]*(?:#[^\n]*)?\n)*( +)([^\s#][^\n]*)/y;
  next.lastIndex = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart);
  const found = next.exec(text);
  if (!found || found[1]!.length <= aboveColumn) return undefined;
  const at = found.index + found[0].length - found[2]!.length;
  const word = /^[^:\s]+/.exec(found[2]!)?.[0] ?? found[2]!;
  const aboveKey = above[3]!.trim();
  const aboveAt = lineStart + aboveColumn;
  const where = aboveColumn === 0 ? 'at the start of the line' : `${aboveColumn} space${aboveColumn === 1 ? '' : 's'} in`;
  return diagnostic('yaml/syntax', {
    file: source.file,
    message: `this line is indented further than \`${aboveKey}:\` above it, so YAML reads it as part of that value`,
    range: source.rangeAt(at, at + word.length),
    hint: `if \`${word}\` is a key of the same mapping, start it where \`${aboveKey}:\` starts (${where}); a nested key needs its parent key on the line above, with no value after the colon`,
    related: [{ message: 'the key above it', file: source.file, range: source.rangeAt(aboveAt, aboveAt + aboveKey.length) }],
  });
}

/** `title: Goal 2: human security` — YAML reads the second colon as a nested key. */
function colonInValue(error: YAMLError, text: string): { message: string; hint: string } | undefined {
  if (error.code !== 'BLOCK_AS_IMPLICIT_KEY') return undefined;
  const lineStart = text.lastIndexOf('\n', error.pos[0] - 1) + 1;
  const lineEnd = text.indexOf('\n', error.pos[0]);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const key = /^(\s*(?:-\s+)?[^:#]+):\s/.exec(line);
  if (!key || !/:\s/.test(line.slice(key[0].length))) return undefined;
  return {
    message: 'a colon followed by a space inside a value makes YAML read a second key',
    hint: `put the value in quotes: ${key[1]!.trim()}: "${line.slice(key[0].length).trim().replace(/"/g, '\\"')}"`,
  };
}

/** `title: "Žene" i mir` — text after a closing quote. */
function textAfterQuote(error: YAMLError, message: string): { message: string; hint: string } | undefined {
  if (error.code !== 'UNEXPECTED_TOKEN' || !/^Unexpected scalar/.test(message)) return undefined;
  return {
    message: 'text follows the end of a quoted value',
    hint: 'put the whole value in one pair of quotes; a quote inside it is written twice in single quotes (\'it\'\'s\') or as \\" in double quotes',
  };
}

/** An unclosed quote or bracket is reported where it opens (the library reports where the file ends). */
function unclosedOpener(message: string, text: string, pos: number): { what: string; closer: string; at: number } | undefined {
  const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
  if (quote) {
    for (let i = Math.min(pos, text.length) - 1; i >= 0; i--) {
      if (text[i] !== quote) continue;
      const escaped = quote === '"' ? text[i - 1] === '\\' : text[i - 1] === "'";
      if (escaped) {
        i--;
        continue;
      }
      return { what: 'quote', closer: quote, at: i };
    }
    return undefined;
  }
  const closer = /end with an? ([\]}])/.exec(message)?.[1];
  if (!closer) return undefined;
  const opener = closer === ']' ? '[' : '{';
  let depth = 0;
  for (let i = Math.min(pos, text.length) - 1; i >= 0; i--) {
    if (text[i] === closer) depth++;
    else if (text[i] === opener && depth-- === 0) return { what: opener === '[' ? 'list bracket [' : 'brace {', closer, at: i };
  }
  return undefined;
}

/** Alias bombs: expansion is checked by the yaml library itself, only when the file uses aliases. */
function aliasDiagnostics(doc: Document.Parsed, source: Source): Diagnostic[] {
  // Most plans have no `*alias`: a text search spares walking the whole document.
  if (!MAYBE_ALIAS.test(source.text)) return [];
  let firstAlias: [number, number] | undefined;
  visit(doc, {
    Alias(_, node) {
      firstAlias = [node.range?.[0] ?? 0, node.range?.[1] ?? 0];
      return visit.BREAK;
    },
  });
  if (!firstAlias) return [];
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return [];
  } catch (error) {
    const text = (error as Error).message;
    return [
      diagnostic('yaml/syntax', {
        file: source.file,
        message: /alias/i.test(text) ? 'too many aliases: expanding them would make the document too large' : lowerFirst(text),
        range: source.rangeAt(firstAlias[0], firstAlias[1]),
        hint: `aliases may expand to at most ${MAX_ALIAS_COUNT} times the aliased content; write the repeated parts out, or use fewer nested aliases`,
      }),
    ];
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

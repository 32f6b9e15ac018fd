// `wpsplan explain [code]`: what a diagnostic means, why it matters for a plan, how to fix it; without a code, every code.
import { codes, isCode, type Code } from '../diagnostics/codes.js';
import { explanations } from '../diagnostics/explanations.js';
import { closest } from '../diagnostics/suggest.js';
import type { Env } from '../env.js';
import { ExitStatus, usageError } from './exit-status.js';

const indent = (text: string): string =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');

export function explainText(code: Code): string {
  const info = codes[code];
  const e = explanations[code] as { why: string; fix: string; example?: { wrong?: string; right: string; language?: string } };
  const parts = [`${code} (${info.severity} by default)`, '', info.title, '', `Why it matters: ${e.why}`, '', `How to fix it: ${e.fix}`];
  const what = e.example?.language === 'handlebars' ? ' (template)' : '';
  if (e.example?.wrong) parts.push('', `Wrong${what}:`, indent(e.example.wrong));
  if (e.example) parts.push('', `${e.example.wrong ? 'Right' : 'For example'}${what}:`, indent(e.example.right));
  return `${parts.join('\n')}\n`;
}

export function explainCommand(env: Env, code: string | undefined): ExitStatus {
  if (code === undefined) {
    const names = Object.keys(codes) as Code[];
    const width = Math.max(...names.map((n) => n.length));
    const lines = names.map((name) => `${name.padEnd(width)}  ${codes[name].severity.padEnd(7)}  ${codes[name].title}`);
    env.stdout.write(`${lines.join('\n')}\n\nwpsplan explain <code> tells more about one.\n`);
    return ExitStatus.Clean;
  }
  if (!isCode(code)) {
    const suggestion = closest(code, Object.keys(codes));
    usageError(env, `unknown code "${code}"`, suggestion ? `did you mean "${suggestion}"?` : 'run `wpsplan explain` for the list of codes');
    return ExitStatus.Usage;
  }
  env.stdout.write(explainText(code));
  return ExitStatus.Clean;
}

// The command line: commander wiring over the typed command functions; returns the exit status.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ExitStatus, usageError } from './commands/exit-status.js';
import type { Env } from './env.js';
import { version } from './version.js';

/** The default --cache-location (kept here so --help does not load the cache module). */
const DEFAULT_CACHE = '.wpsplan-cache';

const FORMATS = ['stylish', 'json'];
const COVERAGE_FORMATS = ['table', 'json', 'csv', 'markdown'];

function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, e.g. --max-warnings 0');
  return Number(value);
}

/** --cache [--cache-location F] → where the cache lives; nothing without --cache. */
function cacheOption(cache: boolean | undefined, location: string | undefined): { cache?: string } {
  return cache || location !== undefined ? { cache: location ?? DEFAULT_CACHE } : {};
}

function formats(value: string): ('docx' | 'pdf' | 'html')[] {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  const known = ['docx', 'pdf', 'html'];
  const unknown = list.filter((f) => !known.includes(f));
  if (list.length === 0 || unknown.length > 0) throw new InvalidArgumentError(`expected docx, pdf and/or html, comma-separated (not ${unknown.join(', ') || 'nothing'})`);
  return [...new Set(list)] as ('docx' | 'pdf' | 'html')[];
}

function positive(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('expected a whole number of 1 or more, e.g. --jobs 2');
  return Number(value);
}

export async function main(argv: readonly string[], env: Env): Promise<number> {
  let status: number = ExitStatus.Clean;
  const program = new Command('wpsplan')
    .description('Validate, cross-reference and render Women, Peace and Security action plans written in YAML.')
    .version(version(), '-v, --version', 'print the version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => env.stdout.write(text),
      writeErr: (text) => env.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'wpsplan: error: ')),
    })
    .showSuggestionAfterError(true);

  program
    .command('validate')
    .description('check plans against the format: schema, plan and cross-reference checks (the CI command)')
    .argument('[paths...]', 'plan files, folders (searched recursively) or globs; default: the config include globs, else the current folder')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS).default('stylish'))
    .option('-q, --quiet', 'report errors only', false)
    .option('--verbose', 'also list the files that have no problems', false)
    .option('--max-warnings <n>', 'fail when there are more warnings than this', count)
    .option('--no-color', 'never colour the output (also: NO_COLOR)')
    .option('-c, --config <file>', 'use this config file instead of the nearest wpsplan.config.yaml')
    .option('-j, --jobs <n>', 'threads checking files at once (default: the number of cores)', positive)
    .option('--cache', 'keep each file\'s own results and skip unchanged files next time')
    .option('--cache-location <file>', `where --cache keeps them (default: ${DEFAULT_CACHE})`)
    .action(async (paths: string[], options: { format: 'stylish' | 'json'; quiet: boolean; verbose: boolean; maxWarnings?: number; color: boolean; config?: string; jobs?: number; cache?: boolean; cacheLocation?: string }) => {
      const { validateCommand } = await import('./commands/validate.js');
      const color = options.color && env.stdout.isTTY && !env.vars.NO_COLOR;
      const { cache, cacheLocation, ...rest } = options;
      status = await validateCommand(env, paths, { ...rest, color, ...cacheOption(cache, cacheLocation) });
    });

  program
    .command('coverage')
    .description('which national commitments each local plan localizes, by pillar')
    .argument('[paths...]', 'plan files, folders or globs; default: the config include globs, else the current folder')
    .addOption(new Option('-f, --format <format>', 'output format').choices(COVERAGE_FORMATS).default('table'))
    .option('-c, --config <file>', 'use this config file instead of the nearest wpsplan.config.yaml')
    .option('-j, --jobs <n>', 'threads checking files at once (default: the number of cores)', positive)
    .option('--cache', 'keep each file\'s own results and skip unchanged files next time')
    .option('--cache-location <file>', `where --cache keeps them (default: ${DEFAULT_CACHE})`)
    .action(async (paths: string[], options: { format: 'table' | 'json' | 'csv' | 'markdown'; config?: string; jobs?: number; cache?: boolean; cacheLocation?: string }) => {
      const { coverageCommand } = await import('./commands/coverage.js');
      const { cache, cacheLocation, ...rest } = options;
      status = await coverageCommand(env, paths, { ...rest, ...cacheOption(cache, cacheLocation) });
    });

  program
    .command('render')
    .description('one plan → official .docx / .pdf / .html documents through a template')
    .argument('<file>', 'the plan file; the plans it refers to are found beside it')
    .option('-t, --to <formats>', 'docx, pdf and/or html, comma-separated', formats, ['docx', 'pdf'])
    .option('--template <name|folder>', 'a built-in template (nap, lap) or the folder of your own; default: the one for the plan kind')
    .option('--locale <language>', "the labels' language; default: the plan's `language`")
    .option('-o, --output <folder>', 'where to write the documents (default: the current folder)')
    .option('-c, --config <file>', 'use this config file instead of the nearest wpsplan.config.yaml')
    .option('--no-color', 'never colour the output (also: NO_COLOR)')
    .action(async (file: string, options: { to: ('docx' | 'pdf' | 'html')[]; template?: string; locale?: string; output?: string; config?: string; color: boolean }) => {
      const { renderCommand } = await import('./commands/render.js');
      status = await renderCommand(env, file, { ...options, color: options.color && env.stdout.isTTY && !env.vars.NO_COLOR });
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitStatus.Clean : ExitStatus.Usage;
    }
    usageError(env, `internal failure: ${(error as Error).message}`, 'this is a bug in wpsplan; please report it with the command and the plan that caused it');
    if (env.vars.WPSPLAN_DEBUG) env.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return ExitStatus.Usage;
  }
}

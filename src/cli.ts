// The command line: commander wiring over the typed command functions; returns the exit status.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ExitStatus, usageError } from './commands/exit-status.js';
import type { Env } from './env.js';
import type { ReportFormat } from './report/index.js';
import { version } from './version.js';

/** The default --cache-location (kept here so --help does not load the cache module). */
const DEFAULT_CACHE = '.wpsplan-cache';

const FORMATS = ['stylish', 'json', 'junit', 'sarif', 'github'];
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

function shard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected i/n with 1 ≤ i ≤ n, e.g. --shard 2/4');
  return { index, count };
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
    .addOption(new Option('-f, --format <format>', 'report format (default: github under GitHub Actions, else stylish)').choices(FORMATS))
    .option('-o, --output <file>', 'write the report to a file; the terminal gets the summary')
    .option('--show-waived', 'also list the findings that waivers in the config silence', false)
    .option('-q, --quiet', 'report errors only', false)
    .option('--verbose', 'also list the files that have no problems', false)
    .option('--max-warnings <n>', 'fail when there are more warnings than this', count)
    .option('--no-color', 'never colour the output (also: NO_COLOR)')
    .option('-c, --config <file>', 'use this config file instead of the nearest wpsplan.config.yaml')
    .option('-j, --jobs <n>', 'threads checking files at once (default: the number of cores)', positive)
    .option('--cache', 'keep each file\'s own results and skip unchanged files next time')
    .option('--cache-location <file>', `where --cache keeps them (default: ${DEFAULT_CACHE})`)
    .action(async (paths: string[], options: { format?: ReportFormat; output?: string; showWaived: boolean; quiet: boolean; verbose: boolean; maxWarnings?: number; color: boolean; config?: string; jobs?: number; cache?: boolean; cacheLocation?: string }) => {
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

  program
    .command('build')
    .description('every plan without errors → documents, plus a coverage report per national plan; parallel and incremental')
    .argument('[paths...]', 'plan files, folders or globs; default: the config include globs, else the current folder')
    .option('-o, --output <folder>', 'where the documents go', 'dist')
    .option('-t, --to <formats>', 'docx, pdf and/or html, comma-separated', formats, ['docx', 'pdf'])
    .option('-j, --jobs <n>', 'documents rendered at once (default: the number of cores)', positive)
    .option('--force', 'render everything again, changed or not', false)
    .option('--shard <i/n>', 'build only the i-th of n equal parts (for a CI matrix of n jobs)', shard)
    .addOption(new Option('-f, --format <format>', 'the summary as text or json').choices(['text', 'json']).default('text'))
    .option('-c, --config <file>', 'use this config file instead of the nearest wpsplan.config.yaml')
    .option('--no-color', 'never colour the output (also: NO_COLOR)')
    .action(async (paths: string[], options: { output: string; to: ('docx' | 'pdf' | 'html')[]; jobs?: number; force: boolean; shard?: { index: number; count: number }; format: 'text' | 'json'; config?: string; color: boolean }) => {
      const { buildCommand } = await import('./commands/build.js');
      status = await buildCommand(env, paths, { ...options, color: options.color && env.stderr.isTTY && !env.vars.NO_COLOR });
    });

  program
    .command('init')
    .description('write a new plan file with helpful comments: a LAP pre-filled from its NAP, a progress report from its plan (never overwrites)')
    .argument('<kind>', 'nap, lap or report')
    .argument('[file]', 'the file to write (default: a name from the country or locality)')
    .option('--parent <file|id>', 'for a LAP: the national plan to localize (its file, or its id in the current folder)')
    .option('--locality <name>', 'for a LAP: the municipality')
    .option('--country <code>', 'ISO 3166-1 alpha-2 country code (default: the parent\'s)')
    .option('--language <tag>', 'the plan\'s language, e.g. bs, uk, es (default: the parent\'s, else en)')
    .option('--plan <file|id>', 'for a report: the plan reported on (its file, or its id in the current folder)')
    .option('--year <year>', 'for a report: the year reported on (default: last year, within the plan\'s period)')
    .action(async (kind: string, file: string | undefined, options: { parent?: string; locality?: string; country?: string; language?: string; plan?: string; year?: string }) => {
      if (kind === 'report') {
        const { initReport } = await import('./commands/init-report.js');
        status = await initReport(env, file, options);
        return;
      }
      if (kind !== 'nap' && kind !== 'lap') {
        usageError(env, `unknown kind "${kind}"`, 'write `wpsplan init nap`, `wpsplan init lap` or `wpsplan init report`');
        status = ExitStatus.Usage;
        return;
      }
      const { initCommand } = await import('./commands/init.js');
      status = await initCommand(env, kind, file, options);
    });

  program
    .command('schema')
    .description('print a JSON Schema (nap, lap, report, config or template), bundled into one file, for editors and other tools')
    .argument('[name]', 'nap, lap, report, config or template', 'lap')
    .action(async (name: string) => {
      const { schemaCommand } = await import('./commands/schema.js');
      status = schemaCommand(env, name);
    });

  program
    .command('explain')
    .description('what a diagnostic code means, why it matters and how to fix it; without a code, the list of codes')
    .argument('[code]', 'a code such as plan/action-without-lead')
    .action(async (code: string | undefined) => {
      const { explainCommand } = await import('./commands/explain.js');
      status = explainCommand(env, code);
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

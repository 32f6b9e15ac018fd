// `wpsplan coverage`: which national commitments each local plan localizes, by pillar, in the chosen format.
import { countBySeverity } from '../diagnostics/diagnostic.js';
import type { Env } from '../env.js';
import { coverageOf } from '../coverage/coverage.js';
import { coverageFormats, type CoverageFormat } from '../coverage/formats/index.js';
import { workspaceOptions, type WorkspaceOptions } from '../workspace/load-workspace.js';
import { ExitStatus } from './exit-status.js';
import { validatePaths } from './validate.js';

export interface CoverageOptions extends WorkspaceOptions {
  format: CoverageFormat;
}

export async function coverageCommand(env: Env, paths: readonly string[], options: CoverageOptions): Promise<ExitStatus> {
  const result = await validatePaths(env, paths, workspaceOptions(options));
  if (!result) return ExitStatus.Usage;
  env.stdout.write(coverageFormats[options.format](coverageOf(result.ws, result.diagnostics)));
  const counts = countBySeverity(result.diagnostics);
  if (counts.error > 0) {
    const files = result.files.filter((f) => f.counts.error > 0).length;
    env.stderr.write(
      `wpsplan: ${counts.error} error${counts.error === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}: coverage counts only what could be resolved\n  hint: run \`wpsplan validate\` on the same paths to see them\n`,
    );
  }
  if (result.usageProblem) return ExitStatus.Usage;
  return counts.error > 0 ? ExitStatus.Problems : ExitStatus.Clean;
}

// A coverage job is sent to its worker with the report's numbers and the NAP alone, not every plan it counts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planJobs, sentJob } from '../../src/build/jobs.js';
import { coverageOf } from '../../src/coverage/coverage.js';
import { nodeEnv } from '../../src/env.js';
import { templateDir } from '../../src/render/template-dir.js';
import { loadWorkspace } from '../../src/workspace/load-workspace.js';

const repo = join(import.meta.dirname, '..', '..');

describe('sentJob', () => {
  it('gives a coverage job its NAP and the coverage of the plans it counts, and leaves other jobs as they are', async () => {
    const env = nodeEnv({ cwd: repo });
    const { ws } = await loadWorkspace(env, [join(repo, 'examples', 'bosnia-and-herzegovina')]);
    const { jobs } = planJobs(ws, [], { of: () => ({ dir: templateDir(env, 'coverage') }) }, ['docx']);
    const coverage = jobs.find((j) => j.type === 'coverage')!;
    expect(coverage.files.length).toBeGreaterThan(2);

    const sent = sentJob(coverage);
    expect(sent.type).toBe('coverage');
    if (sent.type !== 'coverage') return;
    expect(sent.files.map((f) => f.plan?.id)).toEqual([sent.napId]);
    expect(sent.report).toEqual(coverageOf(ws, []).naps.find((n) => n.nap.id === sent.napId));
    expect(sent.report!.laps.length).toBe(coverage.files.length - 1);

    const plan = jobs.find((j) => j.type === 'plan')!;
    expect(sentJob(plan)).toBe(plan);
  });
});

// The real environment's atomic writes: a file written whole from parts, and the temporary files of this process
// removed after an interrupt, another run's left alone.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeEnv } from '../../src/env.js';

const dir = mkdtempSync(join(tmpdir(), 'wpsplan-env-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('nodeEnv', () => {
  it('writes a file from parts as they come, and leaves no temporary file', async () => {
    const env = nodeEnv({ cwd: dir });
    async function* parts() {
      yield Buffer.from('%PDF-1.7\n');
      yield Buffer.from('Općina Tuzla\n');
    }
    await env.writeFileAtomic(join(dir, 'plan.pdf'), parts());
    expect(readFileSync(join(dir, 'plan.pdf'), 'utf8')).toBe('%PDF-1.7\nOpćina Tuzla\n');
    expect(readdirSync(dir)).toEqual(['plan.pdf']);
  });

  it("removes wpsplan's temporary files of this process and of ended ones under a folder, and no other file", async () => {
    const out = join(dir, 'dist');
    mkdirSync(join(out, 'bosnia'), { recursive: true });
    const files = {
      ours: join(out, 'bosnia', `.tuzla.pdf.${process.pid}.wpsplan.tmp`),
      oursTop: join(out, `.nap.coverage.docx.${process.pid}.wpsplan.tmp`),
      // The parent process (the test runner) is running; a process id past the kernel's limit never is.
      anotherRun: join(out, `.tuzla.docx.${process.ppid}.wpsplan.tmp`),
      ended: join(out, 'bosnia', `.doboj.pdf.${2 ** 22 + 1}.wpsplan.tmp`),
      document: join(out, 'bosnia', 'tuzla.pdf'),
      notOurs: join(out, 'notes.123.tmp'),
      // Another program's temporary file, named as wpsplan's were once, whose process has ended.
      anotherProgram: join(out, `.draft.docx.${2 ** 22 + 1}.tmp`),
    };
    for (const path of Object.values(files)) writeFileSync(path, 'x');
    await nodeEnv().removeTemporaryFiles(out);
    expect(readdirSync(out, { recursive: true }).map(String).sort()).toEqual(['bosnia', 'bosnia/tuzla.pdf', `.tuzla.docx.${process.ppid}.wpsplan.tmp`, 'notes.123.tmp', `.draft.docx.${2 ** 22 + 1}.tmp`].sort());
    // A folder that is not there is nothing to clean.
    await expect(nodeEnv().removeTemporaryFiles(join(dir, 'none'))).resolves.toBeUndefined();
  });
});

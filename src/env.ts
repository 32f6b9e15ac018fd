// The environment object: every file, clock and terminal access of the core goes through it.
import { lstat, mkdir, readFile, readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

export interface FileInfo {
  isFile: boolean;
  isDirectory: boolean;
  isSymbolicLink: boolean;
  /** Size in bytes. */
  size: number;
}

export interface DirEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
}

export interface OutputStream {
  write(text: string): void;
  /** True when a person is reading: colours and progress are allowed. */
  isTTY: boolean;
  columns?: number;
}

export interface Env {
  /** Absolute path of the current folder; relative paths resolve against it. */
  cwd: string;
  /** Environment variables (NO_COLOR, SOURCE_DATE_EPOCH, GITHUB_ACTIONS…). */
  vars: Record<string, string | undefined>;
  stdout: OutputStream;
  stderr: OutputStream;
  readFile(path: string): Promise<Uint8Array>;
  /** Information about a path without following a final symbolic link; undefined when it does not exist. */
  stat(path: string): Promise<FileInfo | undefined>;
  readDir(path: string): Promise<DirEntry[]>;
  realPath(path: string): Promise<string>;
  /**
   * Writes a whole file atomically: to a temporary file beside it, then renamed over it, so an
   * interrupted run never leaves half a file and an existing file is replaced only by a complete one.
   */
  writeFileAtomic(path: string, bytes: Uint8Array | readonly Uint8Array[] | AsyncIterable<Uint8Array>): Promise<void>;
  /**
   * Removes, under a folder, the temporary files of atomic writes by this process or by one that is no longer
   * running: what an interrupted run would otherwise leave behind (a long document's is open while it is written),
   * or one that was killed outright. Another run's, still going, are left alone.
   */
  removeTemporaryFiles(dir: string): Promise<void>;
  /**
   * Runs `stop` when the process is interrupted (Ctrl-C, SIGTERM), then ends it as interrupted (exit status 130 or
   * 143); the function returned takes the handler away again.
   */
  onInterrupt(stop: () => Promise<void>): () => void;
  /** Creates a folder and its parents; nothing when it exists. */
  makeDir(path: string): Promise<void>;
  /** The current time; honours SOURCE_DATE_EPOCH. */
  now(): Date;
  /** How many threads may work at once: the default of --jobs (1 for an environment that is not the real file system). */
  parallelism: number;
}

/**
 * A folder and its parents, one level at a time. Node's own recursive mkdir never returns where a folder cannot be
 * made though its parent exists (`-o /proc/out`: it makes the parent and tries the folder again, forever).
 */
async function makeDir(path: string): Promise<void> {
  // A folder, or a link to one (an output folder linked elsewhere), is there already.
  const isFolder = async (): Promise<boolean> => (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
  try {
    await mkdir(path);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && (await isFolder())) return;
    if (code !== 'ENOENT' || dirname(path) === path) throw error;
  }
  await makeDir(dirname(path));
  await mkdir(path).catch(async (error: NodeJS.ErrnoException) => {
    // Made meanwhile by another writer of the same tree (the render workers).
    if (error.code !== 'EEXIST' || !(await isFolder())) throw error;
  });
}

function streamOf(stream: NodeJS.WriteStream): OutputStream {
  // A reader that goes away (`wpsplan validate | head`) is no error of ours: stop writing, quietly.
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  return {
    write: (text) => void stream.write(text),
    isTTY: Boolean(stream.isTTY),
    columns: stream.columns,
  };
}

/** Reads SOURCE_DATE_EPOCH (seconds since 1970) when set, so builds are reproducible. */
export function clockFrom(vars: Record<string, string | undefined>): () => Date {
  const epoch = vars.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) {
    const fixed = new Date(Number(epoch) * 1000);
    return () => new Date(fixed);
  }
  return () => new Date();
}

export interface NodeEnvOptions {
  cwd?: string;
  vars?: Record<string, string | undefined>;
  stdout?: OutputStream;
  stderr?: OutputStream;
}

/** The real environment of a process; tests pass their own cwd and captured streams. */
export function nodeEnv(options: NodeEnvOptions = {}): Env {
  const vars = options.vars ?? process.env;
  return {
    cwd: resolve(options.cwd ?? process.cwd()),
    vars,
    stdout: options.stdout ?? streamOf(process.stdout),
    stderr: options.stderr ?? streamOf(process.stderr),
    readFile: (path) => readFile(path),
    async stat(path) {
      try {
        const s = await lstat(path);
        return { isFile: s.isFile(), isDirectory: s.isDirectory(), isSymbolicLink: s.isSymbolicLink(), size: s.size };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async readDir(path) {
      const entries = await readdir(path, { withFileTypes: true });
      return entries.map((e) => ({ name: e.name, isFile: e.isFile(), isDirectory: e.isDirectory() }));
    },
    realPath: (path) => realpath(path),
    makeDir,
    async writeFileAtomic(path, bytes) {
      const temporary = join(dirname(path), `.${basename(path)}${TEMPORARY}`);
      try {
        await writeFile(temporary, bytes);
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async removeTemporaryFiles(dir) {
      const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
      const left = entries.filter((e) => {
        const pid = e.isFile() ? TEMPORARY_NAME.exec(e.name)?.[1] : undefined;
        return pid !== undefined && (Number(pid) === process.pid || !running(Number(pid)));
      });
      await Promise.all(left.map((e) => rm(join(e.parentPath, e.name), { force: true })));
    },
    onInterrupt(stop) {
      const handle = (signal: NodeJS.Signals): void => {
        void stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
      };
      process.once('SIGINT', handle).once('SIGTERM', handle);
      return () => {
        process.off('SIGINT', handle).off('SIGTERM', handle);
      };
    },
    now: clockFrom(vars),
    parallelism: availableParallelism(),
  };
}

/**
 * How an atomic write's temporary file ends: the process id tells it from another run's, and the name from any other
 * program's temporary files (a build removes stale ones from its output folder).
 */
const TEMPORARY = `.${process.pid}.wpsplan.tmp`;
const TEMPORARY_NAME = /^\..+\.(\d+)\.wpsplan\.tmp$/;

/** Whether a process is running (signal 0 only asks); one of another user's is running too. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

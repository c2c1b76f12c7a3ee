import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, realpath, stat, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/**
 * Files the spec names (config files, secret files, raw manifests, a kubeconfig) come from the repository, and on a
 * pull request the repository is the author's: every such read goes through here so that a spec can never pull
 * `/etc/passwd`, `/proc/self/environ` (the runner's whole environment) or a FIFO that blocks forever into a
 * ConfigMap, a Secret or a plan diff.
 *
 * A path is read only if, after resolving it against the spec file's directory and following every symlink, it is a
 * regular file inside the repository root and under its size cap.
 */

/**
 * Caps, chosen against what these files hold:
 * - config and secret files end up in one ConfigMap/Secret, and the API server refuses objects over 1 MiB anyway;
 * - a raw-manifest file may hold many objects (a CRD bundle is a few hundred KiB; the largest common ones, e.g.
 *   cert-manager or Prometheus operator bundles, stay under 4 MiB);
 * - a total per run keeps a spec naming the same big file under many names from holding hundreds of MiB.
 */
export const fileLimits = {
  dataFileBytes: 1024 * 1024,
  manifestFileBytes: 4 * 1024 * 1024,
  totalBytes: 16 * 1024 * 1024,
} as const;

/** Where spec paths resolve from and the directory they must stay in (both real paths, symlinks resolved). */
export interface Confinement {
  /** The repository root: GITHUB_WORKSPACE, else the git top-level, else the spec file's directory. */
  root: string;
  /** The spec file's directory: relative paths resolve from here. */
  baseDir: string;
}

/** Bytes left for the whole run; shared by every read of one run. */
export interface ReadBudget {
  remaining: number;
}

export function newReadBudget(bytes: number = fileLimits.totalBytes): ReadBudget {
  return { remaining: bytes };
}

/**
 * A path the spec names was refused; the message names the path as written and says why (no position: the caller adds
 * it).
 */
export class FileRefusedError extends Error {
  constructor(
    readonly written: string,
    message: string,
    /** True for "does not exist", so a caller may treat it differently from a refusal. */
    readonly missing = false,
  ) {
    super(message);
    this.name = 'FileRefusedError';
  }
}

/** Pseudo file systems that are never a repository file, even if a workspace were mounted above them. */
const systemRoots = ['/proc', '/sys', '/dev'];

/**
 * The repository root for a spec file. GITHUB_WORKSPACE wins when the spec is inside it (the checkout on a runner);
 * otherwise the nearest directory holding `.git` (a directory, or a file in a worktree); otherwise the spec's own
 * directory, so a spec outside any repository can read only its siblings and their subdirectories.
 */
export async function repositoryConfinement(specFile: string, workspace?: string): Promise<Confinement> {
  const baseDir = await realpath(path.dirname(path.resolve(specFile)));
  if (workspace) {
    const realWorkspace = await realpath(path.resolve(workspace)).catch(() => undefined);
    if (realWorkspace && isInside(realWorkspace, baseDir)) return { root: realWorkspace, baseDir };
  }
  for (let dir = baseDir; ; dir = path.dirname(dir)) {
    if (await exists(path.join(dir, '.git'))) return { root: dir, baseDir };
    if (path.dirname(dir) === dir) break;
  }
  return { root: baseDir, baseDir };
}

/** True when `candidate` is `root` or below it (both absolute, normalised). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/** A path as the user wrote it, safe to show: control characters and quotes escaped. */
export function quotePath(written: string): string {
  return JSON.stringify(written);
}

/** The checks every written path passes before it is looked up: not empty, no NUL, no system path, inside the root. */
function checkedAbsolute(confinement: Confinement, written: string, noun: 'file' | 'directory'): string {
  if (written.length === 0) throw new FileRefusedError(written, `the ${noun} path is empty`);
  if (written.includes('\0'))
    throw new FileRefusedError(written, `${noun} ${quotePath(written)}: the path contains a NUL byte`);
  const absolute = path.resolve(confinement.baseDir, written);
  refuseSystemPath(written, absolute);
  if (!isInside(confinement.root, absolute)) throw outside(written, confinement);
  return absolute;
}

/**
 * Resolves a spec path and proves it may be read: inside the root after following symlinks, not under /proc, /sys
 * or /dev, a regular file. Returns the real path. Does not read; readConfinedFile re-checks on the opened file.
 */
export async function resolveConfinedPath(confinement: Confinement, written: string): Promise<string> {
  const shown = quotePath(written);
  const absolute = checkedAbsolute(confinement, written, 'file');
  let real: string;
  try {
    real = await realpath(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new FileRefusedError(
        written,
        `file ${shown} does not exist (paths resolve relative to the spec file's directory ${confinement.baseDir})`,
        true,
      );
    }
    throw new FileRefusedError(written, `file ${shown} cannot be read: ${code ?? String(error)}`);
  }
  refuseSystemPath(written, real);
  if (!isInside(confinement.root, real)) throw outside(written, confinement, real);
  const kind = fileKind(await lstat(real));
  if (kind !== 'file') throw new FileRefusedError(written, `file ${shown} is ${kind}, not a regular file`);
  return real;
}

/**
 * Reads a spec-named file within its cap and the run's budget. The file is opened without following a final
 * symlink and without blocking (a FIFO swapped in after the check cannot hang the run), and the checks are repeated
 * on the opened descriptor, so what is read is the file that was checked.
 */
export async function readConfinedFile(
  confinement: Confinement,
  written: string,
  options: { maxBytes: number; budget?: ReadBudget },
): Promise<{ realPath: string; content: Buffer }> {
  const real = await resolveConfinedPath(confinement, written);
  const shown = quotePath(written);
  const checked = await lstat(real);
  let handle: FileHandle;
  try {
    handle = await open(
      real,
      constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0),
    );
  } catch (error) {
    throw new FileRefusedError(
      written,
      `file ${shown} cannot be opened: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  try {
    const opened = await handle.stat();
    if (fileKind(opened) !== 'file' || opened.ino !== checked.ino || opened.dev !== checked.dev) {
      throw new FileRefusedError(written, `file ${shown} changed while it was being read; refusing it`);
    }
    const cap = Math.min(options.maxBytes, options.budget?.remaining ?? Number.POSITIVE_INFINITY);
    if (opened.size > cap) throw tooLarge(written, options, cap, opened.size);
    // Read at most cap + 1 bytes: a file that grows after fstat is caught without reading all of it.
    const buffer = Buffer.alloc(Math.min(opened.size, cap) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > cap) throw tooLarge(written, options, cap);
    if (options.budget) options.budget.remaining -= length;
    return { realPath: real, content: buffer.subarray(0, length) };
  } finally {
    await handle.close();
  }
}

/** `size` is the size fstat reported; without it the file grew past the cap while being read. */
function tooLarge(
  written: string,
  options: { maxBytes: number; budget?: ReadBudget },
  cap: number,
  size?: number,
): FileRefusedError {
  if (cap < options.maxBytes) {
    return new FileRefusedError(
      written,
      `file ${quotePath(written)} does not fit: the files a spec names may add up to ${formatBytes(fileLimits.totalBytes)} per run`,
    );
  }
  const measured = size === undefined ? 'grew past the cap while it was being read' : `is ${size} bytes`;
  return new FileRefusedError(
    written,
    `file ${quotePath(written)} ${measured}; files of this kind are capped at ${formatBytes(options.maxBytes)}`,
  );
}

function refuseSystemPath(written: string, absolute: string): void {
  const system = systemRoots.find((root) => absolute === root || absolute.startsWith(`${root}/`));
  if (system) throw new FileRefusedError(written, `file ${quotePath(written)} is under ${system}, which is never read`);
}

function outside(written: string, confinement: Confinement, real?: string): FileRefusedError {
  const via = real ? ` (it resolves to ${real} through a symlink)` : '';
  return new FileRefusedError(
    written,
    `file ${quotePath(written)} is outside the repository ${confinement.root}${via}; paths resolve relative to the spec file and must stay inside the repository`,
  );
}

function fileKind(stats: {
  isFile(): boolean;
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSymbolicLink(): boolean;
}): string {
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSymbolicLink()) return 'a symlink';
  return 'not a file';
}

export function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * What a credentials provider needs to read the files its spec block names the same way: the confinement, and where
 * each field stands in the spec (`file:line:column`, by field name) so its errors point at the spec.
 */
export interface SpecPaths extends Confinement {
  at: Partial<Record<string, string>>;
}

/** The spec-read helper for providers: confined, capped, refusals prefixed with the spec position of the field. */
export async function readSpecPath(
  paths: SpecPaths,
  field: string,
  written: string,
  maxBytes: number = fileLimits.dataFileBytes,
): Promise<{ realPath: string; content: Buffer }> {
  try {
    return await readConfinedFile(paths, written, { maxBytes });
  } catch (error) {
    if (error instanceof FileRefusedError && paths.at[field]) error.message = `${paths.at[field]}: ${error.message}`;
    throw error;
  }
}

/** Caps for a directory the spec names (a Helm chart, a kustomization), copied whole before a tool reads it. */
export const directoryLimits = { maxFiles: 2000, maxDepth: 16 } as const;

/**
 * Copies a spec-named directory (a chart, a kustomization) into `destination` through the same checks as every spec
 * file: each file is read with readConfinedFile (inside the repository after following symlinks, regular, capped,
 * counted against the run's budget), symlinked directories are refused, and the file count and depth are capped.
 * The tool that renders it (helm, kustomize) then sees only the copy, so a symlink swapped in after the check or one
 * pointing out of the repository can never reach it.
 */
export async function copyConfinedDirectory(
  confinement: Confinement,
  written: string,
  destination: string,
  options: { maxFileBytes: number; budget: ReadBudget },
): Promise<void> {
  const shown = quotePath(written);
  const absolute = checkedAbsolute(confinement, written, 'directory');
  let real: string;
  try {
    real = await realpath(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileRefusedError(
      written,
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `directory ${shown} does not exist (paths resolve relative to the spec file's directory ${confinement.baseDir})`
        : `directory ${shown} cannot be read: ${code ?? String(error)}`,
      code === 'ENOENT' || code === 'ENOTDIR',
    );
  }
  refuseSystemPath(written, real);
  if (!isInside(confinement.root, real)) throw outside(written, confinement, real);
  if (!(await lstat(real)).isDirectory()) throw new FileRefusedError(written, `${shown} is not a directory`);
  let files = 0;
  const walk = async (relative: string, depth: number): Promise<void> => {
    if (depth > directoryLimits.maxDepth)
      throw new FileRefusedError(written, `directory ${shown} nests deeper than ${directoryLimits.maxDepth} levels`);
    await mkdir(path.join(destination, relative), { recursive: true });
    const entries = await readdir(path.join(real, relative), { withFileTypes: true });
    for (const entry of entries) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) {
        await walk(child, depth + 1);
        continue;
      }
      if (++files > directoryLimits.maxFiles)
        throw new FileRefusedError(written, `directory ${shown} holds more than ${directoryLimits.maxFiles} files`);
      if (entry.isSymbolicLink() && (await stat(path.join(real, child)).catch(() => undefined))?.isDirectory())
        throw new FileRefusedError(
          written,
          `${quotePath(path.join(written, child))} is a symlinked directory; refusing it`,
        );
      // Relative to the spec's directory so readConfinedFile's messages name the path as the user would write it.
      const { content } = await readConfinedFile(
        confinement,
        path.join(path.relative(confinement.baseDir, real), child),
        {
          maxBytes: options.maxFileBytes,
          budget: options.budget,
        },
      );
      await writeFile(path.join(destination, child), content, { mode: 0o600 });
    }
  };
  await walk('', 0);
}

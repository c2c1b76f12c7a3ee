import { constants } from 'node:fs';
import { lstat, mkdir, open, realpath, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import { isInside } from '../files/confined.js';
import type { ObjectFile } from './print.js';

const secretMode = 0o600;
const plainMode = 0o644;

/**
 * Writes `render -o DIR` output. Every file lands inside DIR however the objects are named: names are sanitised
 * (objectFiles), each final path is checked to be a direct child of its cluster directory inside DIR, and nothing is
 * written through a symlink or a hard link (a link planted in DIR cannot redirect a write elsewhere). Secret files are
 * 0600, also
 * when a file of that name already existed with a wider mode.
 */
export async function writeObjectFiles(outputDir: string, files: readonly ObjectFile[]): Promise<number> {
  await mkdir(outputDir, { recursive: true });
  const base = await realpath(outputDir);
  const directories = new Set<string>();
  for (const file of files) {
    const directory = path.join(base, file.directory);
    const target = path.join(directory, file.name);
    if (path.dirname(directory) !== base || path.dirname(target) !== directory || !isInside(base, target)) {
      throw new InputError(
        `refusing to write ${JSON.stringify(path.join(file.directory, file.name))}: it is not a plain file name inside ${outputDir}`,
      );
    }
    if (!directories.has(directory)) {
      await ensurePlainDirectory(directory, outputDir);
      directories.add(directory);
    }
    await writeNoFollow(target, file.content, file.secret ? secretMode : plainMode);
  }
  return files.length;
}

async function ensurePlainDirectory(directory: string, outputDir: string): Promise<void> {
  await mkdir(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const stats = await lstat(directory);
  if (!stats.isDirectory())
    throw new InputError(
      `refusing to write into ${directory}: it is ${stats.isSymbolicLink() ? 'a symlink' : 'not a directory'} inside ${outputDir}`,
    );
}

async function writeNoFollow(target: string, content: string, mode: number): Promise<void> {
  let handle: FileHandle;
  try {
    // O_NOFOLLOW: a symlink at the target fails instead of being followed; O_NONBLOCK: a FIFO fails instead of hanging.
    // No O_TRUNC: an existing file is checked before anything in it changes.
    handle = await open(
      target,
      constants.O_WRONLY | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0),
      mode,
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ELOOP' ? 'it is a symlink' : code === 'ENXIO' ? 'it is a FIFO' : (code ?? String(error));
    throw new InputError(`refusing to write ${target}: ${why}`, { cause: error });
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new InputError(`refusing to write ${target}: it is not a regular file`);
    // A hard link planted in DIR would carry the write to its other name, outside DIR.
    if (stats.nlink > 1) throw new InputError(`refusing to write ${target}: it has other hard links`);
    await handle.truncate(0);
    // An existing file keeps its mode through open(); set it, so a Secret never stays world-readable.
    await handle.chmod(mode);
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
}

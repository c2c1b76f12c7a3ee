import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

export type CappedRead = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Reads a regular file of at most `maxBytes`. Devices, FIFOs, sockets and directories are refused before a byte is
 * read (`/dev/zero` would stream forever, `/dev/stdin` would wait for input), and never more than maxBytes + 1
 * bytes are read, so a file that grows after the size check cannot get past the cap. The check is made on the open
 * descriptor, so the file cannot be swapped between checking and reading; O_NONBLOCK keeps opening a FIFO from
 * waiting for a writer.
 */
export async function readRegularFileCapped(filePath: string, maxBytes: number): Promise<CappedRead> {
  const handle = await open(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (!stats.isFile())
      return { ok: false, reason: `not a regular file (${describeType(stats)}); refusing to read it` };
    const tooLarge: CappedRead = { ok: false, reason: `file is larger than ${maxBytes} bytes; refusing it` };
    if (stats.size > maxBytes) return tooLarge;
    // Sized from stat, grown (never past maxBytes + 1) if the file grows while being read.
    let buffer = Buffer.alloc(stats.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return tooLarge;
        const grown = Buffer.alloc(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(grown);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return length > maxBytes ? tooLarge : { ok: true, text: buffer.subarray(0, length).toString('utf8') };
  } finally {
    await handle.close();
  }
}

function describeType(stats: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO or pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a plain file';
}

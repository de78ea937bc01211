import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** Older than this, a `.tmp` file is no upload in progress (a 10 MiB write takes well under a second). */
export const STALE_TEMPORARY_MS = 60 * 60_000;

/**
 * Removes the `<key>.tmp` files FileStore.put leaves when the process dies between writing and renaming
 * (an interrupted upload). Only files older than `olderThanMs`: another instance sharing the directory may
 * be writing one right now. Returns how many were removed.
 */
export async function removeStaleTemporaryFiles(root: string, olderThanMs = STALE_TEMPORARY_MS, now = Date.now()): Promise<number> {
  let removed = 0;
  let entries;
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  for (const entry of entries) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) {
      removed += await removeStaleTemporaryFiles(path, olderThanMs, now);
    } else if (entry.isFile() && entry.name.endsWith('.tmp')) {
      try {
        if (now - (await stat(path)).mtimeMs < olderThanMs) continue;
        await unlink(path);
        removed += 1;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // renamed or removed meanwhile
      }
    }
  }
  return removed;
}

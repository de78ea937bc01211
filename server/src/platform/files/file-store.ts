import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createFileCipher } from './file-encryption.ts';

export interface StoredFile {
  /** Server-generated `yyyy/mm/<32 hex>`: the client's file name never reaches the file system. */
  storageKey: string;
  /** Of the plain bytes, for integrity checks and de-duplication. */
  sha256: string;
  size: number;
}

export interface FileMeta {
  /** Unused by the disk store; an object-store adapter would set it as the object's content type. */
  mime: string;
}

export interface FileStore {
  /** Resolves once the file is durable: after a crash it is either complete or absent, never partial. */
  put(bytes: Buffer, meta: FileMeta): Promise<StoredFile>;
  get(storageKey: string): Promise<Buffer>;
  /** Idempotent: deleting a missing file succeeds. */
  delete(storageKey: string): Promise<void>;
}

const STORAGE_KEY = /^\d{4}\/\d{2}\/[0-9a-f]{32}$/;

async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The file's directory, plus the parent of each directory that mkdir has just created. */
function directoriesToSync(directory: string, createdFrom: string | undefined): string[] {
  const result = [directory];
  if (createdFrom === undefined) return result;
  for (let dir = directory; dir !== createdFrom && dirname(dir) !== dir; dir = dirname(dir)) result.push(dirname(dir));
  result.push(dirname(createdFrom));
  return result;
}

/** Files under `<dataDir>/files`, encrypted at rest with a key derived from DATA_KEY. */
export function createDiskFileStore(options: { dataDir: string; dataKey: Buffer }): FileStore {
  const root = join(options.dataDir, 'files');
  const cipher = createFileCipher(options.dataKey);
  const pathOf = (storageKey: string): string => {
    if (!STORAGE_KEY.test(storageKey)) throw new Error('Invalid storage key');
    return join(root, ...storageKey.split('/'));
  };

  return {
    async put(bytes) {
      const now = new Date();
      const month = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
      const storageKey = `${month}/${randomBytes(16).toString('hex')}`;
      const path = pathOf(storageKey);
      const directory = dirname(path);
      const createdFrom = await mkdir(directory, { recursive: true, mode: 0o700 });

      const temporary = `${path}.tmp`;
      try {
        const handle = await open(temporary, 'wx', 0o600);
        try {
          await handle.writeFile(cipher.seal(bytes, storageKey));
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, path);
      } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
      }
      // The rename, and any directory just created, are durable only once their parents are synced too.
      for (const dir of directoriesToSync(directory, createdFrom)) await syncDirectory(dir);
      return { storageKey, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
    },

    async get(storageKey) {
      return cipher.open(await readFile(pathOf(storageKey)), storageKey);
    },

    async delete(storageKey) {
      const path = pathOf(storageKey);
      try {
        await unlink(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      await syncDirectory(dirname(path));
    },
  };
}

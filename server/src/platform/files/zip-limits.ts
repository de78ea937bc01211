import yauzl from 'yauzl';

export interface ZipLimits {
  maxEntries: number;
  /** Of all entries together, counted as really inflated (not as the headers claim). */
  maxUncompressedBytes: number;
  /** Largest inflated ÷ packed size of an entry past its first MiB: zeros pack about 1 000 to 1, text 5 to 20. */
  maxRatio?: number;
}

export interface ZipInspection {
  withinLimits: boolean;
  /** Bytes actually inflated while checking (the evidence that a refusal came early). */
  inflatedBytes: number;
}

/** Below this many inflated bytes an entry is never refused for its ratio: tiny parts pack unusually well. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/**
 * Inflates every entry of a zip without keeping it, counting the bytes really produced, and stops at the
 * first limit passed: an .xlsx of a few hundred KiB whose headers declare 1 000 bytes can inflate to
 * gigabytes inside the spreadsheet library. Each entry's inflation also stops as soon as it exceeds the
 * size its header declares (yauzl's validateEntrySizes), so a lie costs at most that much work.
 * An unreadable zip is outside the limits too.
 */
export function inspectZip(bytes: Buffer, limits: ZipLimits): Promise<ZipInspection> {
  return new Promise((resolve) => {
    let inflated = 0;
    let settled = false;
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return resolve({ withinLimits: false, inflatedBytes: 0 });
      const finish = (withinLimits: boolean) => {
        if (settled) return;
        settled = true;
        if (!withinLimits) zip.close();
        resolve({ withinLimits, inflatedBytes: inflated });
      };
      let entries = 0;
      let declared = 0;
      zip.on('entry', (entry: yauzl.Entry) => {
        entries += 1;
        declared += entry.uncompressedSize;
        if (entries > limits.maxEntries || declared > limits.maxUncompressedBytes) return finish(false);
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (openError, stream) => {
          if (openError || !stream) return finish(false);
          let entryBytes = 0;
          stream.on('data', (chunk: Buffer) => {
            entryBytes += chunk.length;
            inflated += chunk.length;
            const ratio = entryBytes / Math.max(1, entry.compressedSize);
            const overRatio = limits.maxRatio !== undefined && entryBytes > RATIO_FLOOR_BYTES && ratio > limits.maxRatio;
            if (inflated > limits.maxUncompressedBytes || overRatio) {
              stream.destroy();
              finish(false);
            }
          });
          stream.on('error', () => finish(false));
          stream.on('end', () => {
            if (!settled) zip.readEntry();
          });
        });
      });
      zip.on('end', () => finish(true));
      zip.on('error', () => finish(false));
      zip.readEntry();
    });
  });
}

/** Whether the zip stays within the limits when really inflated (see inspectZip). */
export async function zipWithinLimits(bytes: Buffer, limits: ZipLimits): Promise<boolean> {
  return (await inspectZip(bytes, limits)).withinLimits;
}

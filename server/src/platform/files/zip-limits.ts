import yauzl from 'yauzl';

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
}

/**
 * Reads a zip's central directory (nothing is inflated) and says whether it stays within the limits:
 * an .xlsx of a few MiB can otherwise unpack to gigabytes inside the spreadsheet library.
 * Resolves false for an unreadable zip as well.
 */
export function zipWithinLimits(bytes: Buffer, limits: ZipLimits): Promise<boolean> {
  return new Promise((resolve) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return resolve(false);
      let entries = 0;
      let total = 0;
      zip.on('entry', (entry: yauzl.Entry) => {
        entries += 1;
        total += entry.uncompressedSize;
        if (entries > limits.maxEntries || total > limits.maxUncompressedBytes) {
          zip.close();
          return resolve(false);
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve(true));
      zip.on('error', () => resolve(false));
      zip.readEntry();
    });
  });
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const WEB_DIR = 'dist/web';

/** The JavaScript and CSS files an HTML entry loads before it can show anything: its module script and preloads. */
function assetsOf(html: string): string[] {
  const refs = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return [...new Set(refs)];
}

/** The static imports of a chunk, followed transitively: what the browser fetches before the entry runs. */
function staticClosure(files: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !file.endsWith('.js')) {
      seen.add(file);
      continue;
    }
    seen.add(file);
    const code = readFileSync(join(WEB_DIR, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      queue.push(join(file, '..', m[1]!));
    }
  }
  return [...seen];
}

export interface BundleRow {
  entry: string;
  files: number;
  rawBytes: number;
  gzipBytes: number;
}

function measure(entry: string): BundleRow | null {
  const html = join(WEB_DIR, entry);
  if (!existsSync(html)) return null;
  const files = staticClosure(assetsOf(readFileSync(html, 'utf8')));
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(WEB_DIR, file));
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { entry, files: files.length, rawBytes, gzipBytes };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Initial JavaScript + CSS of the families' entry against the staff application's as the baseline (run `npm run build` first). */
export function runBundleSizeBench(): string {
  const staff = measure('index.html');
  const family = measure('family.html');
  if (!staff) return 'dist/web/index.html is missing: run `npm run build` first.';
  const rows = [{ label: 'baseline: staff app (index.html)', row: staff }, ...(family ? [{ label: "families' app (family.html)", row: family }] : [])];
  const lines = ['| entry | files | KiB | KiB gzip | × baseline (gzip) |', '|---|---|---|---|---|'];
  for (const { label, row } of rows) {
    lines.push(`| ${label} | ${row.files} | ${kb(row.rawBytes)} | ${kb(row.gzipBytes)} | ${(row.gzipBytes / staff.gzipBytes).toFixed(2)} |`);
  }
  if (!family) lines.push('', "dist/web/family.html is missing: the families' entry is not built.");
  return lines.join('\n');
}

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const serverSrc = resolve(import.meta.dirname, '..');
const platformDir = join(serverSrc, 'platform');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import (static, dynamic, type-only) of a file, resolved to a path under server/src. */
function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1]!);
  return specifiers.map((s) => relative(serverSrc, resolve(dirname(file), s)));
}

describe('the platform knows no module', () => {
  it('platform/ imports nothing from modules/, the seeds or the module list', () => {
    // Production files: a platform test may exercise the platform through a module.
    const offending = sourceFiles(platformDir)
      .filter((file) => !/\.test(-support)?\.ts$/.test(file))
      .flatMap((file) => importsOf(file).map((target) => ({ file: relative(serverSrc, file), target })))
      .filter(({ target }) => target.startsWith('modules/') || target.startsWith('db/seed/') || target === 'module-list.ts');
    expect(offending).toEqual([]);
  });

  it('sees static, type-only and dynamic imports (the check itself can fail)', () => {
    const text = [
      "import { a } from '../../modules/enrollment/enrollment.policy.ts';",
      "import type { B } from '../../db/seed/demo.seed.ts';",
      "const c = await import('../../module-list.ts');",
    ].join('\n');
    expect(importsOf(join(platformDir, 'access', 'probe.ts'), text)).toEqual([
      'modules/enrollment/enrollment.policy.ts',
      'db/seed/demo.seed.ts',
      'module-list.ts',
    ]);
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The EICAR anti-virus test file: harmless, and detected as a virus by every scanner by convention. */
export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

export interface RunningClamd {
  socket: string;
  stop(): Promise<void>;
}

/**
 * A real clamd (Debian's clamav-daemon) on a private socket, with a signature database of its own that
 * holds the EICAR signature: no download of ClamAV's databases is needed. Started per test file.
 */
export async function startClamd(): Promise<RunningClamd> {
  const clamd = ['/usr/sbin/clamd', '/usr/bin/clamd'].find((path) => existsSync(path));
  if (!clamd) throw new Error('clamd is not installed: apt-get install clamav-daemon (.ci/run does it)');
  const dir = mkdtempSync(join(tmpdir(), 'shuangcheng-clamd-'));
  const socket = join(dir, 'clamd.sock');
  // A body signature (type 0: any file) of the EICAR string, so it is found inside a PDF too.
  writeFileSync(join(dir, 'test.ndb'), `Shuangcheng.Test.EICAR:0:*:${Buffer.from(EICAR).toString('hex')}\n`);
  const conf = join(dir, 'clamd.conf');
  writeFileSync(
    conf,
    [
      `LocalSocket ${socket}`,
      `DatabaseDirectory ${dir}`,
      `TemporaryDirectory ${dir}`,
      'Foreground yes',
      `LogFile ${join(dir, 'clamd.log')}`,
      'StreamMaxLength 50M',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(clamd, ['--config-file', conf], { stdio: 'ignore' });
  const started = Date.now();
  while (!existsSync(socket)) {
    if (child.exitCode !== null) throw new Error(`clamd exited with ${child.exitCode}; see ${join(dir, 'clamd.log')}`);
    if (Date.now() - started > 60_000) throw new Error('clamd did not open its socket within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    socket,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/databases.ts';
import { createBureau, createUser } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/test-app.ts';
import { createSession } from '../auth/sessions.ts';
import { CSRF_HEADER, SESSION_COOKIE } from './request-context.ts';

const MiB = 1024 * 1024;
const BODY_BYTES = 100 * MiB;

interface Outcome {
  /** Bytes the client had sent when the answer arrived. */
  sentBeforeAnswer: number;
  answer: string;
}

/**
 * Streams a 100 MiB multipart upload over a real socket, as fast as the server reads it, and stops when
 * the server closes the connection or everything is sent.
 */
function streamUpload(port: number, path: string, headers: Record<string, string>): Promise<Outcome> {
  const boundary = 'x-upload-limit-test';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  const fileBytes = BODY_BYTES - head.length - tail.length;
  const request = [
    `POST ${path} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    `Content-Type: multipart/form-data; boundary=${boundary}`,
    `Content-Length: ${BODY_BYTES}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    '',
    '',
  ].join('\r\n');

  return new Promise((resolve) => {
    const socket: Socket = connect(port, '127.0.0.1');
    const chunk = Buffer.alloc(256 * 1024, 0x41);
    let sent = 0;
    let sentBeforeAnswer = -1;
    let answer = '';
    let isClosed = false;
    const finish = () => {
      if (isClosed) return;
      isClosed = true;
      socket.destroy();
      resolve({ sentBeforeAnswer: sentBeforeAnswer < 0 ? sent : sentBeforeAnswer, answer });
    };
    // Like browsers and curl, the client stops sending once an answer arrives, and reads it to the end.
    let hasAnswer = false;
    socket.on('data', (data: Buffer) => {
      if (sentBeforeAnswer < 0) sentBeforeAnswer = sent;
      hasAnswer = true;
      answer += data.toString('latin1');
    });
    socket.on('error', finish).on('close', finish).on('end', finish);
    socket.setTimeout(20_000, finish);
    socket.write(request);
    socket.write(head);
    const pump = () => {
      while (!isClosed && !hasAnswer && sent < fileBytes) {
        const piece = chunk.subarray(0, Math.min(chunk.length, fileBytes - sent));
        sent += piece.length;
        if (!socket.write(piece)) return void socket.once('drain', pump);
      }
      if (!isClosed && !hasAnswer && sent >= fileBytes) socket.write(tail, () => socket.end());
    };
    pump();
  });
}

describe.each(DIALECTS)('uploads bounded by what is read (%s)', (dialect) => {
  let ctx: TestContext;
  let port: number;
  let headers: Record<string, string>;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    port = (ctx.app.server.address() as AddressInfo).port;
    const bureau = await createBureau(ctx.db, '500105');
    const admin = await createUser(ctx.db, { role: 'bureau_admin', organizationId: bureau.id });
    const session = await createSession(
      ctx.db,
      { userId: admin.id, stage: 'active', ip: '127.0.0.1', userAgent: 'test' },
      { idleMinutes: 30, absoluteHours: 12 },
    );
    headers = { Cookie: `${SESSION_COOKIE}=${session.token}`, [CSRF_HEADER]: session.csrfToken, 'Accept-Language': 'en-US' };
  });
  afterAll(async () => ctx?.close());

  it('refuses a 100 MiB upload to a 10 MiB endpoint with 413 once the limit is passed, and reads no further', async () => {
    let serverRead = -1;
    ctx.app.server.once('connection', (socket: Socket) => socket.once('close', () => (serverRead = socket.bytesRead)));
    const outcome = await streamUpload(port, '/api/directory/schools/import', headers);
    expect(outcome.answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(outcome.answer).toContain('"code":"request.too_large"');
    // The answer comes just past the 10 MiB limit (plus what the socket buffers hold), not after 100 MiB …
    expect(outcome.sentBeforeAnswer).toBeLessThan(30 * MiB);
    // … and the server stops reading: the rest of the 100 MiB is never taken off the socket.
    for (let i = 0; i < 500 && serverRead < 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(serverRead).toBeGreaterThan(10 * MiB);
    expect(serverRead).toBeLessThan(30 * MiB);
    expect(outcome.answer.toLowerCase()).toContain('connection: close');
  }, 60_000);
});

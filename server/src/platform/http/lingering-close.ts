import type { Socket } from 'node:net';

/** How long a refused upload's connection stays half-open so that the client reads the answer. */
const LINGER_MS = 1_000;

/**
 * Closes a connection whose request body will not be read (a refused upload) without losing the answer.
 * Node ends such a connection with `destroySoon()` right after the answer, which resets it while the client
 * is still sending, and a reset may discard the answer at the client. Instead: send FIN after the answer,
 * then destroy once the client closes too or after LINGER_MS, whichever comes first. Clients stop sending
 * when they see an early answer; whatever still arrives meanwhile is bounded by the time.
 */
export function closeAfterAnswer(socket: Socket | null | undefined): void {
  if (!socket || socket.destroyed) return;
  socket.destroySoon = function lingeringClose(this: Socket) {
    this.end();
    const timer = setTimeout(() => this.destroy(), LINGER_MS);
    timer.unref();
    this.once('end', () => this.destroy());
    this.once('close', () => clearTimeout(timer));
  };
}

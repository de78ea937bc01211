import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy between the app's pool and PostgreSQL that a test can cut and restore: the database "goes
 * away" (open connections reset, new ones refused) without stopping the PostgreSQL other tests share.
 */
export interface TcpProxy {
  port: number;
  /** Resets every open connection and refuses new ones until `restore`. */
  cut(): void;
  /** Cuts as soon as a client sends bytes containing `marker` (before PostgreSQL sees them). */
  cutWhenSent(marker: string): void;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let isDown = false;
  let marker: string | null = null;
  let server: Server;

  const cut = () => {
    isDown = true;
    marker = null;
    for (const socket of sockets) socket.resetAndDestroy();
    sockets.clear();
  };

  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server = createServer((client) => {
        if (isDown) return void client.resetAndDestroy();
        const upstream = connect(target.port, target.host);
        sockets.add(client);
        sockets.add(upstream);
        const forget = () => {
          sockets.delete(client);
          sockets.delete(upstream);
          client.destroy();
          upstream.destroy();
        };
        client.on('data', (chunk: Buffer) => {
          if (marker && chunk.includes(marker)) return cut();
          upstream.write(chunk);
        });
        upstream.on('data', (chunk: Buffer) => client.write(chunk));
        client.on('error', forget).on('close', forget);
        upstream.on('error', forget).on('close', forget);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });

  const port = await listen(0);
  return {
    port,
    cut,
    cutWhenSent(text) {
      marker = text;
    },
    async restore() {
      isDown = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        cut();
        server.close(() => resolve());
      }),
  };
}

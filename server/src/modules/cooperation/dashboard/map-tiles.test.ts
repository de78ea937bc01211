import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../config.ts';
import { DIALECTS } from '../../../test/databases.ts';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { buildNetwork, type Network } from '../cooperation.fixtures.test-support.ts';

// Online tiles by configuration: the server passes a configured layer's tiles through, and says how many
// layers there are; without MAP_TILE_URLS the map has none (the offline outlines only).

describe.each(DIALECTS)('cooperation map tiles (%s)', (dialect) => {
  let upstream: Server;
  let asked: string[];
  let png: Buffer;
  let ctx: TestContext;
  let net: Network;
  beforeAll(async () => {
    png = await sharp({ create: { width: 4, height: 4, channels: 3, background: { r: 200, g: 220, b: 240 } } })
      .png()
      .toBuffer();
    asked = [];
    upstream = createServer((request, response) => {
      asked.push(request.url ?? '');
      if (request.url?.startsWith('/vec/')) response.writeHead(200, { 'content-type': 'image/png' }).end(png);
      else if (request.url?.startsWith('/page/')) response.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
      else response.writeHead(500).end();
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    ctx = await createTestContext(dialect, { MAP_TILE_URLS: `${base}/vec/{z}/{x}/{y}.png?tk=secret ${base}/broken/{z}/{x}/{y} ${base}/page/{z}/{x}/{y}` });
    net = await buildNetwork(ctx);
  });
  afterAll(async () => {
    await ctx?.close();
    await new Promise((resolve) => upstream?.close(resolve));
  });

  it('tells the map how many tile layers there are and serves their tiles through the server', async () => {
    expect((await net.as.jiangbei.get('/api/cooperation/dashboard/map')).json().tileLayers).toBe(3);
    const tile = await net.as.jiangbei.get('/api/cooperation/dashboard/tiles/0/8/199/43');
    expect(tile.statusCode).toBe(200);
    expect(tile.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(tile.rawPayload, png)).toBe(0);
    expect(asked).toContain('/vec/8/199/43.png?tk=secret');
  });

  it('answers 502 when the service fails or sends no image, 404 for a layer not configured, 400 for a bad address', async () => {
    for (const layer of [1, 2]) {
      const failed = await net.as.jiangbei.get(`/api/cooperation/dashboard/tiles/${layer}/8/199/43`);
      expect(failed.statusCode).toBe(502);
      expect(failed.json().error.code).toBe('cooperation.map_tile_unavailable');
    }
    expect((await net.as.jiangbei.get('/api/cooperation/dashboard/tiles/3/8/199/43')).statusCode).toBe(404);
    expect((await net.as.jiangbei.get('/api/cooperation/dashboard/tiles/0/0/x/43')).statusCode).toBe(400);
    expect((await (await ctx.anonymous()).get('/api/cooperation/dashboard/tiles/0/8/199/43')).statusCode).toBe(401);
  });

  it('has no tile layers without MAP_TILE_URLS, and refuses a malformed setting at boot', () => {
    expect(parseConfig({}).mapTileUrls).toEqual([]);
    expect(() => parseConfig({ MAP_TILE_URLS: 'ftp://tiles.example/{z}/{x}/{y}' })).toThrow(/MAP_TILE_URLS/);
    expect(() => parseConfig({ MAP_TILE_URLS: 'https://tiles.example/{z}/{x}' })).toThrow(/MAP_TILE_URLS/);
  });
});

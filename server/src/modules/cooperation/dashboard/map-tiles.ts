import { authorize } from '../../../platform/access/policy.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';

// Online map tiles (configured by MAP_TILE_URLS) pass through the server: the browser only ever loads
// images of its own origin, so the strict content security policy stays, the service's key stays on the
// server, and a chart drawn over them can still be saved as an image.

const MAX_TILE_BYTES = 1024 * 1024;
const TILE_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

export interface TileAddress {
  layer: number;
  z: number;
  x: number;
  y: number;
}

export interface MapTile {
  contentType: string;
  body: Buffer;
}

export const tileUrlOf = (template: string, { z, x, y }: TileAddress): string =>
  template.replaceAll('{z}', String(z)).replaceAll('{x}', String(x)).replaceAll('{y}', String(y));

/** One tile of a configured layer; 404 for a layer that is not configured, 502 when the service fails. */
export async function fetchMapTile(templates: readonly string[], actor: Actor, address: TileAddress, timeoutMs = 10_000): Promise<MapTile> {
  authorize(actor, 'read', { type: 'cooperation_network' });
  const template = templates[address.layer];
  if (!template) throw notFound();
  const unavailable = new AppError('cooperation.map_tile_unavailable', 502);
  let response: Response;
  try {
    response = await fetch(tileUrlOf(template, address), { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
  } catch {
    throw unavailable;
  }
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!response.ok || !TILE_TYPES.includes(contentType)) throw unavailable;
  const body = Buffer.from(await response.arrayBuffer());
  if (body.length === 0 || body.length > MAX_TILE_BYTES) throw unavailable;
  return { contentType, body };
}

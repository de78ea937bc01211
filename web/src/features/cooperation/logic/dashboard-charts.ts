import type { GlobalToken } from 'antd';
import type { ActivityLevel, DashboardData, MapData } from '../api/dashboard-types.ts';

export type PeriodUnit = 'month' | 'year';

/** The exchanges and participants per month or per year, as a chart's axis and two series. */
export function periodSeries(data: Pick<DashboardData, 'monthly' | 'yearly'>, unit: PeriodUnit) {
  const rows = unit === 'month' ? data.monthly.map((m) => ({ label: m.month, ...m })) : data.yearly.map((y) => ({ label: String(y.year), ...y }));
  return {
    labels: rows.map((r) => r.label),
    exchanges: rows.map((r) => r.exchanges),
    participants: rows.map((r) => r.participants),
    newPairings: rows.map((r) => r.newPairings),
    newAgreements: rows.map((r) => r.newAgreements),
  };
}

/** Pairings per batch, numbered batches in order and those without a batch last. */
export function batchSeries(batches: DashboardData['pairingsByBatch'], batchLabel: (batch: number | null) => string) {
  const sorted = [...batches].sort((a, b) => (a.batch ?? Number.MAX_SAFE_INTEGER) - (b.batch ?? Number.MAX_SAFE_INTEGER));
  return { labels: sorted.map((b) => batchLabel(b.batch)), active: sorted.map((b) => b.active), ended: sorted.map((b) => b.ended) };
}

/** The map's colours from the theme: greens darker with more exchanges, grey outside the scope, red for dormant pairings. */
export function activityColors(token: GlobalToken): Record<ActivityLevel | 'outside' | 'dormant', string> {
  return {
    none: token.colorTextQuaternary,
    low: token.green4,
    medium: token.green7,
    high: token.green10,
    outside: token.colorTextTertiary,
    dormant: token.red6,
  };
}
const RANK: Record<ActivityLevel, number> = { none: 0, low: 1, medium: 2, high: 3 };

export interface MapPoint {
  id: string;
  nameZh: string;
  nameEn: string;
  coord: [number, number];
  exchanges: number | null;
  activity: ActivityLevel | null;
  inScope: boolean;
}

export interface MapLine {
  pairingId: string;
  coords: [[number, number], [number, number]];
  dormant: boolean;
  /** The busier school's activity: a pairing lives as long as one side works at it. */
  activity: ActivityLevel;
}

/**
 * Schools with coordinates as points, pairings as lines from their first school to each of the others.
 * Schools without coordinates cannot be drawn: they are counted, so the page can say so.
 */
export function mapGeometry(data: MapData): { points: MapPoint[]; lines: MapLine[]; unplaced: number } {
  const points: MapPoint[] = [];
  let unplaced = 0;
  for (const s of data.schools) {
    if (s.latitude === null || s.longitude === null) unplaced += 1;
    else
      points.push({
        id: s.id,
        nameZh: s.nameZh,
        nameEn: s.nameEn,
        coord: [s.longitude, s.latitude],
        exchanges: s.exchanges,
        activity: s.activity,
        inScope: s.inScope,
      });
  }
  const byId = new Map(points.map((p) => [p.id, p]));
  const lines: MapLine[] = [];
  for (const pairing of data.pairings) {
    const [first, ...others] = pairing.schoolIds.map((id) => byId.get(id));
    if (!first) continue;
    for (const other of others) {
      if (!other) continue;
      const activity = [first.activity ?? 'none', other.activity ?? 'none'].reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
      lines.push({ pairingId: pairing.id, coords: [first.coord, other.coord], dormant: pairing.dormant, activity });
    }
  }
  return { points, lines, unplaced };
}

/** Where the map opens: centred on the schools, zoomed so that they fill about two thirds of it. */
export function mapViewport(points: readonly { coord: [number, number] }[], extent: { minLng: number; maxLng: number; minLat: number; maxLat: number }) {
  if (points.length === 0) return { center: [(extent.minLng + extent.maxLng) / 2, (extent.minLat + extent.maxLat) / 2] as [number, number], zoom: 1 };
  const lngs = points.map((p) => p.coord[0]);
  const lats = points.map((p) => p.coord[1]);
  const [minLng, maxLng, minLat, maxLat] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
  const width = Math.max(maxLng - minLng, 0.5);
  const height = Math.max(maxLat - minLat, 0.5);
  const zoom = Math.min((extent.maxLng - extent.minLng) / width, (extent.maxLat - extent.minLat) / height) * 0.66;
  return { center: [(minLng + maxLng) / 2, (minLat + maxLat) / 2] as [number, number], zoom: Math.min(Math.max(zoom, 1), 12) };
}

export interface MapTile {
  /** Path of the tile below /api/cooperation/dashboard/tiles. */
  path: string;
  west: number;
  east: number;
  north: number;
  south: number;
}

/**
 * The lon/lat tiles (Tianditu's "c" matrix set: 2^z columns from 180°W, 2^(z-1) rows from 90°N) that cover
 * the extent, for each configured layer, bottom layer first. Lon/lat tiles lie straight on the geo component.
 */
export function mapTiles(layers: number, extent: { minLng: number; maxLng: number; minLat: number; maxLat: number }, level: number): MapTile[] {
  const span = 360 / 2 ** level;
  const [x0, x1] = [Math.floor((extent.minLng + 180) / span), Math.floor((extent.maxLng + 180) / span)];
  const [y0, y1] = [Math.floor((90 - extent.maxLat) / span), Math.floor((90 - extent.minLat) / span)];
  const tiles: MapTile[] = [];
  for (let layer = 0; layer < layers; layer++) {
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        tiles.push({ path: `${layer}/${level}/${x}/${y}`, west: x * span - 180, east: (x + 1) * span - 180, north: 90 - y * span, south: 90 - (y + 1) * span });
      }
    }
  }
  return tiles;
}

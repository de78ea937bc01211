import { describe, expect, it } from 'vitest';
import type { MapData } from '../api/dashboard-types.ts';
import { batchSeries, mapGeometry, mapTiles, mapViewport, periodSeries } from './dashboard-charts.ts';

const school = (id: string, lng: number | null, lat: number | null, activity: MapData['schools'][number]['activity'], inScope = true) => ({
  id,
  kind: 'school' as const,
  nameZh: id,
  nameEn: id,
  regionId: 'r',
  regionNameZh: 'r',
  regionNameEn: 'r',
  latitude: lat,
  longitude: lng,
  inScope,
  exchanges: activity ? 3 : null,
  activity,
});

describe('dashboard charts', () => {
  it('give monthly or yearly series', () => {
    const data = {
      monthly: [
        { month: '2026-01', exchanges: 2, participants: 30, newPairings: 1, newAgreements: 0 },
        { month: '2026-02', exchanges: 0, participants: 0, newPairings: 0, newAgreements: 1 },
      ],
      yearly: [{ year: 2026, exchanges: 2, participants: 30, newPairings: 1, newAgreements: 1 }],
    };
    expect(periodSeries(data, 'month')).toMatchObject({ labels: ['2026-01', '2026-02'], exchanges: [2, 0], participants: [30, 0] });
    expect(periodSeries(data, 'year')).toMatchObject({ labels: ['2026'], exchanges: [2], newAgreements: [1] });
  });

  it('order batches by number, those without one last', () => {
    const s = batchSeries(
      [
        { batch: null, active: 1, ended: 0 },
        { batch: 2, active: 5, ended: 1 },
        { batch: 1, active: 8, ended: 0 },
      ],
      (b) => (b === null ? '—' : `#${b}`),
    );
    expect(s).toEqual({ labels: ['#1', '#2', '—'], active: [8, 5, 1], ended: [0, 1, 0] });
  });

  it('draw schools with coordinates and a line from a pairing’s first school to each other one, coloured by the busier side', () => {
    const data: MapData = {
      scope: { regionId: null, nameZh: '', nameEn: '' },
      months: 12,
      schools: [school('a', 106.5, 29.6, 'low'), school('b', 104.0, 30.6, 'high', false), school('c', 104.4, 31.1, 'none'), school('d', null, null, 'none')],
      pairings: [
        { id: 'p1', batch: 1, schoolIds: ['a', 'b', 'c'], dormant: false },
        { id: 'p2', batch: null, schoolIds: ['c', 'd'], dormant: true },
      ],
      tileLayers: 0,
    };
    const { points, lines, unplaced } = mapGeometry(data);
    expect(points.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(unplaced).toBe(1);
    expect(lines).toEqual([
      {
        pairingId: 'p1',
        coords: [
          [106.5, 29.6],
          [104.0, 30.6],
        ],
        dormant: false,
        activity: 'high',
      },
      {
        pairingId: 'p1',
        coords: [
          [106.5, 29.6],
          [104.4, 31.1],
        ],
        dormant: false,
        activity: 'low',
      },
    ]);
  });

  it('open the map on the schools, never zoomed out beyond the whole map', () => {
    const extent = { minLng: 97, maxLng: 110, minLat: 26, maxLat: 34 };
    expect(mapViewport([], extent)).toEqual({ center: [103.5, 30], zoom: 1 });
    const v = mapViewport([{ coord: [104, 30] }, { coord: [106, 30] }], extent);
    expect(v.center).toEqual([105, 30]);
    expect(v.zoom).toBeCloseTo((13 / 2) * 0.66);
  });

  it('cover the extent with lon/lat tiles of each configured layer, none without layers', () => {
    expect(mapTiles(0, { minLng: 97.3, maxLng: 110.2, minLat: 26, maxLat: 34.3 }, 8)).toEqual([]);
    const tiles = mapTiles(2, { minLng: 105, maxLng: 106, minLat: 29, maxLat: 30 }, 8);
    // 1.40625° a tile: 105°–106°E lies in columns 202 (104.06°–105.47°E) and 203; 30°–29°N in rows 42 (30.94°–29.53°N) and 43.
    expect(tiles.map((t) => t.path)).toEqual(['0/8/202/42', '0/8/203/42', '0/8/202/43', '0/8/203/43', '1/8/202/42', '1/8/203/42', '1/8/202/43', '1/8/203/43']);
    expect(tiles[0]).toMatchObject({ west: 104.0625, east: 105.46875, north: 30.9375, south: 29.53125 });
  });
});

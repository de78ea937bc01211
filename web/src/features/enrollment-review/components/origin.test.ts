import { describe, expect, it } from 'vitest';
import { originPrefixOf, originRegionOf } from './origin.ts';

const sichuan = { level: 'province' as const, divisionCode: '510000', name: 'Sichuan' };
const chengdu = { level: 'city' as const, divisionCode: '510100', name: 'Chengdu' };
const chongqing = { level: 'municipality' as const, divisionCode: '500000', name: 'Chongqing' };

describe('origins', () => {
  it('name a province by 2 digits and a city by 4', () => {
    expect([originPrefixOf(sichuan), originPrefixOf(chengdu), originPrefixOf(chongqing)]).toEqual(['51', '5101', '50']);
    expect(originPrefixOf({ level: 'city', divisionCode: null })).toBeNull();
  });

  it('find the most precise region a division code lies in', () => {
    const regions = [sichuan, chengdu, chongqing];
    expect(originRegionOf('510104', regions)?.name).toBe('Chengdu');
    expect(originRegionOf('511302', regions)?.name).toBe('Sichuan');
    expect(originRegionOf('500105', regions)?.name).toBe('Chongqing');
    expect(originRegionOf('440300', regions)).toBeNull();
  });
});

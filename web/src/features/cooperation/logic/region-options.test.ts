import { describe, expect, it } from 'vitest';
import type { Region } from '../../../types/api.ts';
import { regionOptions } from './region-options.ts';

const region = (id: string, parentId: string | null, nameZh: string): Region => ({
  id,
  parentId,
  nameZh,
  nameEn: id,
  divisionCode: null,
  level: 'district',
  latitude: null,
  longitude: null,
  schoolCount: 0,
});

describe('region options', () => {
  it('nests regions under their parents, leaves without children, orphans as roots', () => {
    const options = regionOptions([region('cq', null, '重庆'), region('jb', 'cq', '江北'), region('x', 'missing', '某地')], (zh) => zh);
    expect(options).toEqual([
      { value: 'cq', title: '重庆', children: [{ value: 'jb', title: '江北' }] },
      { value: 'x', title: '某地' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { listText } from './list-text.ts';

describe('listText', () => {
  it('joins with 、 in Chinese and a comma in English', () => {
    expect(listText('zh-CN', ['甲', '乙'])).toBe('甲、乙');
    expect(listText('en-US', ['A', 'B'])).toBe('A, B');
  });
});

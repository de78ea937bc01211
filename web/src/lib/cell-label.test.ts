import { describe, expect, it } from 'vitest';
import { splitCellLabel } from './cell-label.ts';

describe('an import problem’s place', () => {
  it('splits row and column, and keeps a whole-row or whole-file problem in the row cell', () => {
    expect(splitCellLabel('第 3 行 / 结对学校')).toEqual({ row: '第 3 行', column: '结对学校' });
    expect(splitCellLabel('Row 3 / Schools')).toEqual({ row: 'Row 3', column: 'Schools' });
    expect(splitCellLabel('第 5 行')).toEqual({ row: '第 5 行', column: '' });
  });
});

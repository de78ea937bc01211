import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './field-errors.ts';

describe('fieldErrorsOf', () => {
  it('puts schema messages under their fields', () => {
    const error = { code: 'request.invalid', message: '请检查填写的内容', fields: [{ field: '/name', message: '不能为空' }] };
    expect(fieldErrorsOf(error, ['name', 'idNumber'])).toEqual({ byField: { name: '不能为空' }, unmatched: false });
  });

  it("uses a domain error's own message for the field it points at", () => {
    const error = { code: 'enrollment.child_exists', message: '该身份证号已有孩子档案', fields: [{ field: '/idNumber', message: 'taken' }] };
    expect(fieldErrorsOf(error, ['idNumber'])).toEqual({ byField: { idNumber: '该身份证号已有孩子档案' }, unmatched: false });
  });

  it('leaves errors without a field of the form to the message above it', () => {
    expect(fieldErrorsOf({ code: 'x', message: 'conflict', fields: [] }, ['name']).unmatched).toBe(true);
    expect(fieldErrorsOf({ code: 'request.invalid', message: 'bad', fields: [{ field: '/seats/2/grade', message: 'bad' }] }, ['seats'])).toEqual({
      byField: {},
      unmatched: true,
    });
    expect(fieldErrorsOf(null, ['name'])).toEqual({ byField: {}, unmatched: false });
  });
});

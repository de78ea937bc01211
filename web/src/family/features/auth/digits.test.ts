import { describe, expect, it } from 'vitest';
import { digitsOnly } from './digits.ts';

describe('digitsOnly', () => {
  it('keeps the digits of what was typed or pasted, at most six', () => {
    expect(digitsOnly('123 456')).toBe('123456');
    expect(digitsOnly('１２３４５６')).toBe('123456');
    expect(digitsOnly('验证码：654321。')).toBe('654321');
    expect(digitsOnly('12345678')).toBe('123456');
    expect(digitsOnly('')).toBe('');
  });
});

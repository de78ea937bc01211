import { describe, expect, it } from 'vitest';
import { nextRotation, nextZoom } from './image-transform.ts';

describe('image viewer steps', () => {
  it('zoom in and out by steps and stop at the ends', () => {
    expect(nextZoom(1, 1)).toBe(1.5);
    expect(nextZoom(1, -1)).toBe(0.75);
    expect(nextZoom(4, 1)).toBe(4);
    expect(nextZoom(0.25, -1)).toBe(0.25);
  });

  it('snap a zoom between steps to the neighbouring step', () => {
    expect(nextZoom(1.2, 1)).toBe(1.5);
    expect(nextZoom(1.2, -1)).toBe(1);
  });

  it('turn by quarters in both directions', () => {
    expect(nextRotation(0, 1)).toBe(90);
    expect(nextRotation(0, -1)).toBe(270);
    expect(nextRotation(270, 1)).toBe(0);
  });
});

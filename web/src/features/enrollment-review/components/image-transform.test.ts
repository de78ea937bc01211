import { describe, expect, it } from 'vitest';
import { imageLayout, nextRotation, nextZoom } from './image-transform.ts';

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

describe('imageLayout', () => {
  const frame = { width: 800, height: 600 };

  it('fills the frame at 100% and scales with the zoom', () => {
    expect(imageLayout(frame, 1, 0)).toEqual({ box: frame, visual: frame });
    expect(imageLayout(frame, 2, 180)).toEqual({ box: { width: 1600, height: 1200 }, visual: { width: 1600, height: 1200 } });
  });

  it('swaps the box of a quarter-turned image so that, turned, it covers the frame', () => {
    expect(imageLayout(frame, 1, 90)).toEqual({ box: { width: 600, height: 800 }, visual: frame });
    expect(imageLayout(frame, 0.5, 270)).toEqual({ box: { width: 300, height: 400 }, visual: { width: 400, height: 300 } });
  });
});

/** Zoom steps of the image viewer, from a quarter to four times the fitted size. */
export const ZOOM_STEPS = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4] as const;

/** The next zoom step in a direction (+1 in, −1 out); stays at the ends. */
export function nextZoom(current: number, direction: 1 | -1): number {
  const index = ZOOM_STEPS.findIndex((step) => step >= current - 1e-9);
  const at = index === -1 ? ZOOM_STEPS.length - 1 : index;
  const exact = Math.abs(ZOOM_STEPS[at]! - current) < 1e-9;
  const next = direction === 1 ? (exact ? at + 1 : at) : at - 1;
  return ZOOM_STEPS[Math.min(Math.max(next, 0), ZOOM_STEPS.length - 1)]!;
}

/** A quarter turn either way, kept within 0–270 degrees. */
export const nextRotation = (current: number, direction: 1 | -1): number => (((current + direction * 90) % 360) + 360) % 360;

export interface Size {
  width: number;
  height: number;
}

/**
 * Where the image goes in a frame: `box` is the <img> before turning (the picture kept whole inside it),
 * `visual` what it covers once turned. At 100% the turned image fits the frame exactly; zooming scales both.
 */
export function imageLayout(frame: Size, zoom: number, rotation: number): { box: Size; visual: Size } {
  const visual = { width: frame.width * zoom, height: frame.height * zoom };
  const sideways = rotation % 180 !== 0;
  return { box: sideways ? { width: visual.height, height: visual.width } : visual, visual };
}

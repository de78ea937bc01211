import { describe, expect, it } from 'vitest';
import { addPreference, movePreference, removePreference } from './preferences.ts';

describe('preferences', () => {
  it('adds a school at the end, once, up to the maximum', () => {
    expect(addPreference([], 'a', 3)).toEqual(['a']);
    expect(addPreference(['a'], 'b', 3)).toEqual(['a', 'b']);
    expect(addPreference(['a', 'b'], 'a', 3)).toEqual(['a', 'b']);
    expect(addPreference(['a', 'b', 'c'], 'd', 3)).toEqual(['a', 'b', 'c']);
  });

  it('moves a school up or down one place, not past the ends', () => {
    expect(movePreference(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(movePreference(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(movePreference(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(movePreference(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
    expect(movePreference(['a'], 'x', 1)).toEqual(['a']);
  });

  it('removes a school and closes the gap', () => {
    expect(removePreference(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('never changes the list it was given', () => {
    const ranked = Object.freeze(['a', 'b']);
    movePreference(ranked, 'b', -1);
    addPreference(ranked, 'c', 3);
    expect(ranked).toEqual(['a', 'b']);
  });
});

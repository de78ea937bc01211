import { describe, expect, it } from 'vitest';
import { fromDeploymentWallClock, toDeploymentWallClock } from './deployment-time.ts';

describe('deployment wall clock', () => {
  it('shows an instant as the time in China, and reads a time in China back as the same instant', () => {
    expect(toDeploymentWallClock('2027-05-10T00:00:00.000Z')).toBe('2027-05-10T08:00:00');
    expect(toDeploymentWallClock('2027-06-10T16:30:00.000Z')).toBe('2027-06-11T00:30:00');
    expect(fromDeploymentWallClock('2027-05-10T08:00:00')).toBe('2027-05-10T00:00:00.000Z');
    expect(fromDeploymentWallClock(toDeploymentWallClock('2027-06-10T15:59:00.000Z'))).toBe('2027-06-10T15:59:00.000Z');
  });
});

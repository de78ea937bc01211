import { DEPLOYMENT_UTC_OFFSET } from '../../../common/time-zone.ts';

const OFFSET_MS = (() => {
  const [, sign, hours, minutes] = /^([+-])(\d{2}):(\d{2})$/.exec(DEPLOYMENT_UTC_OFFSET)!;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
})();

/**
 * An instant as the deployment zone's wall clock ('2027-05-10T08:00:00'), for a date-time picker to show and
 * edit: the times of a policy are the deployment's, whatever zone the device is set to.
 */
export function toDeploymentWallClock(iso: string): string {
  return new Date(Date.parse(iso) + OFFSET_MS).toISOString().slice(0, 19);
}

/** A wall-clock time of the deployment zone ('2027-05-10T08:00:00') as the instant it names (ISO, UTC). */
export function fromDeploymentWallClock(wallClock: string): string {
  return new Date(`${wallClock}${DEPLOYMENT_UTC_OFFSET}`).toISOString();
}

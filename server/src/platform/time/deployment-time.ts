import type { Locale } from '../../../../common/locales.ts';

/**
 * Dates as people of the deployment read them: "today", a deadline's day, a time on a notice, all in the
 * deployment's time zone (config `TZ`, default Asia/Shanghai), never the server's or the device's.
 */
let zone = 'Asia/Shanghai';
let dayFormat = makeDayFormat(zone);
let timeFormat = makeTimeFormat(zone);

function makeDayFormat(timeZone: string) {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
}
function makeTimeFormat(timeZone: string) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

/** Whether the runtime knows this IANA zone (config validation). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Set once at start-up from the configuration (buildApp). */
export function setDeploymentTimeZone(timeZone: string): void {
  if (!isTimeZone(timeZone)) throw new Error(`unknown time zone ${timeZone}`);
  zone = timeZone;
  dayFormat = makeDayFormat(timeZone);
  timeFormat = makeTimeFormat(timeZone);
}

export const deploymentTimeZone = (): string => zone;

/** The calendar day (YYYY-MM-DD) of an instant in the deployment's zone; today by default. */
export const deploymentDay = (at: Date | string = new Date()): string => dayFormat.format(typeof at === 'string' ? new Date(at) : at);

/** 'YYYY-MM-DD HH:mm' of an instant in the deployment's zone. */
export const deploymentTime = (at: Date | string): string => timeFormat.format(typeof at === 'string' ? new Date(at) : at);

const ZONE_NAMES: Record<string, Record<Locale, string>> = {
  'Asia/Shanghai': { 'zh-CN': '北京时间', 'en-US': 'Beijing time' },
};

/** How a time's zone is named next to it: 北京时间 / Beijing time, or the zone's IANA name. */
export const zoneLabel = (locale: Locale): string => ZONE_NAMES[zone]?.[locale] ?? zone;

/**
 * Dates and times are shown in the deployment's time zone, never the device's: a deadline of 17:00 in
 * Chongqing is 17:00 on a phone set to another zone too. The server uses the same zone for its texts.
 */
export const DEPLOYMENT_TIME_ZONE = 'Asia/Shanghai';

/** The deployment zone's offset, for reading a calendar day ('2027-06-30') as that day there. */
export const DEPLOYMENT_UTC_OFFSET = '+08:00';

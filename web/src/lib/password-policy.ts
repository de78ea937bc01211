import { PASSWORD_MIN } from '../../../common/password.ts';

/** The server enforces the password policy; the forms only mention its minimum. */
export const PASSWORD_MIN_LENGTH = PASSWORD_MIN;

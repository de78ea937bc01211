/** NIST SP 800-63B limits: the server enforces them (with a list of common passwords); forms mention them. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

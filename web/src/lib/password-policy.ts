/** Mirrors PASSWORD_MIN in server/src/platform/auth/password.ts: the server enforces it, the forms only mention it. */
export const PASSWORD_MIN_LENGTH = 8;

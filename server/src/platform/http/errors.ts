import type { ErrorCode } from '../i18n/error-messages.ts';

export interface FieldError {
  /** JSON pointer-like path of the field: '/name', '/stages/0', or 'row 17 / 学段' for imports. */
  field: string;
  /** Already localised text. */
  message: string;
}

/** The one error type of the platform: a stable code from the closed catalogue, an HTTP status, message params. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly statusCode: number,
    readonly params: Record<string, string | number> = {},
    readonly fields?: FieldError[],
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError('resource.not_found', 404);
export const forbidden = () => new AppError('auth.forbidden', 403);
export const conflict = () => new AppError('resource.conflict', 409);

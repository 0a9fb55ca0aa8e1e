// Expected failures carry a code from a closed set. The code picks the HTTP status and the message
// key (errors.<code>) shown to the user in their language; anything else is an unexpected error,
// logged with its stack and shown as a generic message.

export const ERROR_CODES = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_INPUT: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Field-level problems, as message keys, for INVALID_INPUT. */
  readonly fields?: Record<string, string>;

  constructor(code: ErrorCode, message?: string, options?: { fields?: Record<string, string>; cause?: unknown }) {
    super(message ?? code, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.fields = options?.fields;
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

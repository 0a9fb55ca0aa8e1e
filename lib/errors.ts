// Expected failures carry a code from a closed set. The code picks the HTTP status and the message
// key (errors.<code>) shown to the user in their language; anything else is an unexpected error,
// logged with its stack and shown as a generic message.

export const ERROR_CODES = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  /** A save based on an older version of the record (optimistic concurrency). */
  VERSION_CONFLICT: 409,
  /** The round is submitted, in review, validated or archived: the country cannot change it. */
  ROUND_NOT_EDITABLE: 409,
  /** A country already has a round open. */
  ROUND_ALREADY_OPEN: 409,
  /** A respondent writing to a pillar they are not assigned. */
  PILLAR_NOT_ASSIGNED: 403,
  /** Submission refused: indicators still unanswered (the list is in `details`). */
  ROUND_INCOMPLETE: 422,
  INVALID_INPUT: 422,
  /** A query string a GET route cannot read (an export's format or language): 400, naming the field. */
  INVALID_QUERY: 400,
  /** An export format that is known but not offered by this installation yet (exports: lib/export/formats.ts). */
  /** An uploaded offline questionnaire refused as a whole (`details.reason`: lib/workbook/read.ts). */
  WORKBOOK_INVALID: 422,
  /** An imported framework document that fails validation (`details.issues`: path and message of each problem). */
  FRAMEWORK_INVALID: 422,
  /** An imported framework document whose label an existing version already has. */
  FRAMEWORK_VERSION_EXISTS: 409,
  /** A text revision of a published version whose document changes more than wording (`details.structural`). */
  FRAMEWORK_NOT_TEXT_ONLY: 422,
  FILE_TOO_LARGE: 413,
  /** A request body over the route's limit (64 KB for an answer), refused before it is parsed. */
  PAYLOAD_TOO_LARGE: 413,
  /** A mutating JSON route called with a body that is not application/json. */
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** A mutating request whose Origin is not this application's (cross-site request forgery). */
  CROSS_ORIGIN: 403,
  /** The database cannot be reached: nothing the user did wrong, try again shortly. */
  UNAVAILABLE: 503,
  /** Every report renderer of this instance stayed busy for the whole wait: try again shortly. */
  REPORT_BUSY: 503,
  FILE_TYPE_NOT_ALLOWED: 415,
  /** An invitation link that is unknown, used, revoked or expired. */
  INVITATION_INVALID: 410,
  /** A password-reset link that is unknown, used or expired (`details.reason` says which). */
  LINK_INVALID: 410,
  RATE_LIMITED: 429,
  /** A personal API token that is unknown, revoked or expired, or whose owner is disabled. */
  TOKEN_INVALID: 401,
  /** A read-only API token used for a write. */
  TOKEN_SCOPE: 403,
  /** Managing API tokens needs a signed-in session: a token cannot create or revoke tokens. */
  SESSION_REQUIRED: 403,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Field-level problems, as message keys, for INVALID_INPUT. */
  readonly fields?: Record<string, string>;
  /** Data the client needs to act on the error (the current record on VERSION_CONFLICT…). */
  readonly details?: unknown;

  constructor(code: ErrorCode, message?: string, options?: { fields?: Record<string, string>; details?: unknown; cause?: unknown }) {
    super(message ?? code, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.fields = options?.fields;
    this.details = options?.details;
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

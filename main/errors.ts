/**
 * Errors a user can cause (a bad file, a bad date, malformed JSON). Their message is written for a
 * person and is shown in the UI as is; anything else is a bug and is reported generically.
 */
export type UserErrorCode =
  | 'bad-input'
  | 'file-unreadable'
  | 'file-too-large'
  | 'unsupported-file'
  | 'bad-json'
  | 'not-found'
  | 'network';

export class UserError extends Error {
  readonly code: UserErrorCode;

  constructor(code: UserErrorCode, message: string) {
    super(message);
    this.name = 'UserError';
    this.code = code;
  }
}

export const isUserError = (error: unknown): error is UserError => error instanceof UserError;

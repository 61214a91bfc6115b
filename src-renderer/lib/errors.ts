/**
 * Typed domain errors. Domain code throws these with where and why; the UI and the CLIs
 * turn them into messages and exit codes in one place each (lib/i18n/error-messages.ts for the
 * UI). The code says which sentence the UI shows; the message stays English, for the CLI and logs.
 */
export const ERROR_CODES = [
  'failed',
  'parse',
  'invalid',
  'version',
  'too-large',
  'cancelled',
  'not-found',
  'ring-builder',
  'unknown-ring-template',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorLocation {
  file?: string;
  /** 1-based line, row or record number, whichever the format has. */
  line?: number;
}

export class DomainError extends Error {
  /** Class names do not survive a minified bundle; the code does. */
  readonly code: ErrorCode = 'failed';

  constructor(
    message: string,
    readonly location: ErrorLocation = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** `file:line: message`, the form compilers and linters use. */
  describe(): string {
    const where = this.where();
    return where ? `${where}: ${this.message}` : this.message;
  }

  /** `file:line`, `file`, or '' when the error is about no file. */
  where(): string {
    const { file, line } = this.location;
    return [file, line].filter((part) => part !== undefined && part !== '').join(':');
  }
}

export class ParseError extends DomainError {
  override readonly code: ErrorCode = 'parse';
}
export class ValidationError extends DomainError {
  override readonly code: ErrorCode = 'invalid';
}
export class UnsupportedVersionError extends DomainError {
  override readonly code: ErrorCode = 'version';
}
export class InputTooLargeError extends DomainError {
  override readonly code: ErrorCode = 'too-large';
}
/** The user stopped it before anything was written. */
export class CancelledError extends DomainError {
  override readonly code: ErrorCode = 'cancelled';
}
/** A file the user named is not there. */
export class NotFoundError extends DomainError {
  override readonly code: ErrorCode = 'not-found';
}
/** A broken promise inside the app itself (a state that cannot happen): a bug to report. */
export class InternalError extends DomainError {
  override readonly code: ErrorCode = 'internal';
}

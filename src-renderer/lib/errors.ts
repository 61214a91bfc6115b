/**
 * Typed domain errors. Domain code throws these with where and why; the UI and the CLIs
 * turn them into messages and exit codes in one place each.
 */
export interface ErrorLocation {
  file?: string;
  /** 1-based line, row or record number, whichever the format has. */
  line?: number;
}

export class DomainError extends Error {
  constructor(
    message: string,
    readonly location: ErrorLocation = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** `file:line: message`, the form compilers and linters use. */
  describe(): string {
    const { file, line } = this.location;
    const where = [file, line].filter((part) => part !== undefined).join(':');
    return where ? `${where}: ${this.message}` : this.message;
  }
}

export class ParseError extends DomainError {}
export class ValidationError extends DomainError {}
export class UnsupportedVersionError extends DomainError {}
export class InputTooLargeError extends DomainError {}

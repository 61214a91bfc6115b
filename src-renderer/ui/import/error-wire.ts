/**
 * Errors across the worker boundary: structured cloning keeps only a plain Error, and a bundle's
 * minified class names are no use, so the error's code travels and picks its class on arrival.
 */
import {
  CancelledError,
  DomainError,
  InputTooLargeError,
  InternalError,
  NotFoundError,
  ParseError,
  UnsupportedVersionError,
  ValidationError,
  type ErrorCode,
  type ErrorLocation,
} from '../../lib/errors';
import { RingBuilderError, UnknownRingTemplateError } from '../../lib/ring/errors';

/** One class per code: a new code without its class here does not compile. */
const CLASSES: Record<ErrorCode, new (message: string, location?: ErrorLocation) => DomainError> = {
  failed: DomainError,
  parse: ParseError,
  invalid: ValidationError,
  version: UnsupportedVersionError,
  'too-large': InputTooLargeError,
  cancelled: CancelledError,
  'not-found': NotFoundError,
  'ring-builder': RingBuilderError,
  'unknown-ring-template': UnknownRingTemplateError,
  internal: InternalError,
};

export interface WireError {
  code?: ErrorCode;
  message: string;
  location?: ErrorLocation;
}

export function toWire(error: unknown): WireError {
  if (error instanceof DomainError) {
    return { code: error.code, message: error.message, location: error.location };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

export function fromWire(error: WireError): Error {
  const Class = error.code && CLASSES[error.code];
  return Class ? new Class(error.message, error.location) : new Error(error.message);
}

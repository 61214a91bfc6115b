/**
 * Errors across the worker boundary: structured cloning keeps only a plain Error, and a bundle's
 * minified class names are no use, so the kind is picked by instanceof and rebuilt on arrival.
 */
import {
  DomainError,
  InputTooLargeError,
  ParseError,
  UnsupportedVersionError,
  ValidationError,
  type ErrorLocation,
} from '../../lib/errors';

// Subclasses before DomainError, which every one of them also is.
const KINDS = [
  ['parse', ParseError],
  ['validation', ValidationError],
  ['version', UnsupportedVersionError],
  ['too-large', InputTooLargeError],
  ['domain', DomainError],
] as const;

export interface WireError {
  kind?: (typeof KINDS)[number][0];
  message: string;
  location?: ErrorLocation;
}

export function toWire(error: unknown): WireError {
  if (!(error instanceof Error)) {
    return { message: String(error) };
  }
  const kind = KINDS.find(([, Class]) => error instanceof Class)?.[0];
  return kind && error instanceof DomainError
    ? { kind, message: error.message, location: error.location }
    : { message: error.message };
}

export function fromWire(error: WireError): Error {
  const Class = KINDS.find(([kind]) => kind === error.kind)?.[1];
  return Class ? new Class(error.message, error.location) : new Error(error.message);
}

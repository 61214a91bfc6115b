import { DomainError, InternalError, NotFoundError, type ErrorCode } from '../errors';

/** swift.common.exceptions.RingBuilderError and its children, named as swift names them. */
export class RingBuilderError extends DomainError {
  override readonly code: ErrorCode = 'ring-builder';
}
export class RingValidationError extends RingBuilderError {}
export class EmptyRingError extends RingBuilderError {}
export class DuplicateDeviceError extends RingBuilderError {}

/** Python's names for what our port of swift's CLI raises where swift's Python would. */
export class PyFileNotFoundError extends NotFoundError {}
/** A format string given too few arguments: a bug in the port, as it would be in swift. */
export class PyTypeError extends InternalError {}
/** A list indexed past its end, as swift's dispersion graph is after a replica count cut. */
export class PyIndexError extends InternalError {}

/** A ring card naming a template this version of the app does not have. */
export class UnknownRingTemplateError extends DomainError {
  override readonly code: ErrorCode = 'unknown-ring-template';
}

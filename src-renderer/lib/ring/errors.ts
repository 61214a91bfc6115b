import { DomainError } from '../errors';

/** swift.common.exceptions.RingBuilderError and its children, named as swift names them. */
export class RingBuilderError extends DomainError {}
export class RingValidationError extends RingBuilderError {}
export class EmptyRingError extends RingBuilderError {}
export class DuplicateDeviceError extends RingBuilderError {}

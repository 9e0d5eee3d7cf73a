import type { AwsError } from '../aws-error';
import type { ServiceModel } from '../model/service-model';

/** An HTTP request body and query string as the endpoint received them (already size-checked). */
export interface WireRequest {
  readonly method: string;
  /** The path without the query string. */
  readonly path: string;
  /** Raw query string without `?` (may be empty). */
  readonly query: string;
  /** Lowercased header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** A decoded call: which operation, with what input (types per the model; not yet validated for required/enums). */
export interface DecodedCall {
  readonly operation: string;
  readonly input: Record<string, unknown>;
}

export interface WireResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * One AWS wire protocol (awsQuery, ec2Query, ...): turns a request into a call, and a result or an
 * `AwsError` into the bytes a real client parses.
 */
export interface WireProtocol {
  /** Throws `AwsError` for malformed requests (unknown action, bad types, unknown parameters). */
  decode(model: ServiceModel, request: WireRequest): DecodedCall;
  encodeResult(model: ServiceModel, operation: string, output: Record<string, unknown>, requestId: string): WireResponse;
  encodeError(model: ServiceModel, error: AwsError, requestId: string): WireResponse;
}

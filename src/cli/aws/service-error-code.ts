import type { AwsError } from '../../engine/aws-error';
import { isJsonProtocol, serviceModel } from '../../engine/model/service-model';
import { jsonErrorType } from '../../engine/protocols/aws-json/json-error-type';
import type { ServiceName } from '../../engine/service-name';

/**
 * The error code the real CLI shows for a service error: what its parser reads off the wire. For
 * JSON services that is the body's `__type`, the error's shape name (`NotFoundException`), where
 * the engine's error carries the model's Query-compatible code (`NotFound`); for Query services the
 * `<Code>` itself.
 */
export function cliErrorCode(service: ServiceName, error: AwsError): string {
  const model = serviceModel(service);
  return isJsonProtocol(model.protocol) ? jsonErrorType(model, error) : error.code;
}

import { AwsError } from '../aws-error';
import type { ServiceName } from '../service-name';
import { serviceModel } from './service-model';

/**
 * An `AwsError` for one of a service's modelled errors, named by its shape (`DBInstanceNotFoundFault`):
 * the wire code and HTTP status come from the model, so `DBInstanceNotFoundFault` goes out as
 * `DBInstanceNotFound` with 404 exactly as AWS sends it.
 */
export function modeledError(service: ServiceName, shapeName: string, message: string): AwsError {
  const model = serviceModel(service).errors.get(shapeName);
  if (!model) throw new Error(`${service} has no modelled error ${shapeName}`);
  return new AwsError(model.code, message, model.status);
}

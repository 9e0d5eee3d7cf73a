import type { AwsError } from '../../aws-error';
import type { ServiceModel } from '../../model/service-model';

const shapeNameByCode = new WeakMap<ServiceModel, ReadonlyMap<string, string>>();

function shapeNames(model: ServiceModel): ReadonlyMap<string, string> {
  let byCode = shapeNameByCode.get(model);
  if (!byCode) {
    const names = new Map<string, string>();
    for (const error of model.errors.values()) {
      // Two shapes can share a Query code (CloudWatch's ResourceNotFound); the one named like it wins.
      if (!names.has(error.code) || error.shapeName === error.code) names.set(error.code, error.shapeName);
    }
    shapeNameByCode.set(model, (byCode = names));
  }
  return byCode;
}

/**
 * The `__type` of a JSON error body. JSON services name their errors by shape (`NotFoundException`),
 * while an `AwsError` from `modeledError` carries the model's Query-compatible code (`NotFound` for
 * KMS, whose model keeps its old `awsQueryError` traits), so modelled codes are mapped back to
 * their shape names; common errors (`ValidationException`, ...) go out as they are.
 */
export function jsonErrorType(model: ServiceModel, error: AwsError): string {
  return shapeNames(model).get(error.code) ?? error.code;
}

import type { ServiceModel } from '../model/service-model';
import { awsJson1_0Protocol, awsJson1_1Protocol } from './aws-json/aws-json-protocol';
import { awsQueryProtocol } from './aws-query/aws-query-protocol';
import { ec2QueryProtocol } from './ec2-query/ec2-query-protocol';
import type { WireProtocol, WireRequest } from './wire-protocol';

const PROTOCOLS: Readonly<Record<ServiceModel['protocol'], WireProtocol>> = {
  awsQuery: awsQueryProtocol,
  ec2Query: ec2QueryProtocol,
  awsJson1_0: awsJson1_0Protocol,
  awsJson1_1: awsJson1_1Protocol,
};

/**
 * The wire protocol to answer a request in, per the service's model. A query-compatible service
 * (CloudWatch) is answered in JSON 1.0 when the request came as JSON (the current JS SDK) and in
 * Query otherwise (the CLI, boto3).
 */
export function wireProtocolFor(model: ServiceModel, request?: WireRequest): WireProtocol {
  if (model.queryCompatibleJson && request && isJsonRequest(request)) return awsJson1_0Protocol;
  return PROTOCOLS[model.protocol];
}

function isJsonRequest(request: WireRequest): boolean {
  return request.headers['x-amz-target'] !== undefined || (request.headers['content-type'] ?? '').startsWith('application/x-amz-json');
}

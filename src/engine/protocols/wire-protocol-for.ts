import type { ServiceModel } from '../model/service-model';
import { awsQueryProtocol } from './aws-query/aws-query-protocol';
import { ec2QueryProtocol } from './ec2-query/ec2-query-protocol';
import type { WireProtocol } from './wire-protocol';

const PROTOCOLS: Readonly<Record<ServiceModel['protocol'], WireProtocol>> = {
  awsQuery: awsQueryProtocol,
  ec2Query: ec2QueryProtocol,
};

/** The wire protocol a service speaks, per its model. */
export function wireProtocolFor(model: ServiceModel): WireProtocol {
  return PROTOCOLS[model.protocol];
}

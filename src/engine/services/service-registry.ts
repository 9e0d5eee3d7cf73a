import type { ServiceHandlers } from '../sandbox/service-handlers';
import type { ServiceName } from '../service-name';
import { ec2Handlers } from './ec2/ec2-handlers';
import { rdsHandlers } from './rds/rds-handlers';

/** Every service's behaviour, by signing name. */
export const SERVICE_HANDLERS: Readonly<Record<ServiceName, ServiceHandlers>> = {
  rds: rdsHandlers,
  ec2: ec2Handlers,
};

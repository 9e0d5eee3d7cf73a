import type { ServiceHandlers } from '../sandbox/service-handlers';
import type { ServiceName } from '../service-name';
import { ec2Handlers } from './ec2/ec2-handlers';
import { iamHandlers } from './iam/iam-handlers';
import { kmsHandlers } from './kms/kms-handlers';
import { monitoringHandlers } from './monitoring/monitoring-handlers';
import { piHandlers } from './pi/pi-handlers';
import { rdsHandlers } from './rds/rds-handlers';
import { secretsmanagerHandlers } from './secretsmanager/secretsmanager-handlers';
import { stsHandlers } from './sts/sts-handlers';

/** Every service's behaviour, by signing name. */
export const SERVICE_HANDLERS: Readonly<Record<ServiceName, ServiceHandlers>> = {
  rds: rdsHandlers,
  ec2: ec2Handlers,
  kms: kmsHandlers,
  iam: iamHandlers,
  sts: stsHandlers,
  secretsmanager: secretsmanagerHandlers,
  monitoring: monitoringHandlers,
  pi: piHandlers,
};

import { validationError } from '../monitoring-errors';

/**
 * The alarm action ARNs PutMetricAlarm accepts (API reference, PutMetricAlarm AlarmActions):
 * SNS topics, EC2 actions (`arn:aws:automate:region:ec2:stop|terminate|reboot|recover`), EC2 Auto
 * Scaling and Application Auto Scaling policies, Lambda functions, Systems Manager OpsItems and
 * Incident Manager response plans.
 */
const ACTION_ARN = /^arn:aws:(sns|automate|autoscaling|lambda|ssm|ssm-incidents|swf):([a-z0-9-]*):([^:]*):(.+)$/;
const EC2_ACTIONS = new Set(['ec2:stop', 'ec2:terminate', 'ec2:reboot', 'ec2:recover']);

function checkActionArn(arn: string, region: string): void {
  const match = ACTION_ARN.exec(arn);
  if (!match) throw validationError(`Invalid arn syntax: ${arn}`);
  const [, service, arnRegion, account, rest] = match;
  if (service === 'automate') {
    if (!EC2_ACTIONS.has(`${account}:${rest}`)) throw validationError(`Invalid arn syntax: ${arn}`);
  } else if (service !== 'ssm-incidents' && !/^\d{12}$/.test(account)) {
    throw validationError(`Invalid arn syntax: ${arn}`);
  }
  if (service !== 'ssm-incidents' && arnRegion !== region) {
    throw validationError(`Invalid region ${arnRegion} specified. Only ${region} is supported.`);
  }
}

/** Each action list holds at most 5 ARNs, each of a kind CloudWatch can act on, in the alarm's region. */
export function checkActionArns(parameter: string, arns: readonly string[] | undefined, region: string): void {
  const list = arns ?? [];
  if (list.length > 5) {
    throw validationError(`1 validation error detected: Value '[${list.join(', ')}]' at '${parameter}' failed to satisfy constraint: Member must have length less than or equal to 5`);
  }
  for (const arn of list) checkActionArn(arn, region);
}

import { describe, expect, it } from 'vitest';
import { AwsError } from '../../../src/engine/aws-error';
import { checkManagedPolicyDocument, parsePolicyDocument, type PolicyKind } from '../../../src/engine/services/iam/documents/policy-document';
import { trustPolicyAllowsService } from '../../../src/engine/services/iam/documents/trust-policy-allows';

function refusal(document: unknown, kind: PolicyKind, roleExists?: (arn: string) => boolean): { code: string; message: string } {
  try {
    parsePolicyDocument(typeof document === 'string' ? document : JSON.stringify(document), kind, roleExists);
  } catch (error) {
    expect(error).toBeInstanceOf(AwsError);
    return { code: (error as AwsError).code, message: (error as AwsError).message };
  }
  throw new Error('accepted');
}

const allow = (statement: object) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', ...statement }] });

describe('permissions policy grammar', () => {
  it.each([
    ['a single statement object, no Version', { Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' } }],
    ['Version 2008-10-17 and NotAction/NotResource', { Version: '2008-10-17', Statement: [{ Effect: 'Deny', NotAction: 'iam:*', NotResource: '*' }] }],
    ['wildcards and a condition', allow({ Action: ['rds:Describe*', '*'], Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } })],
    ['rds-db:connect on a dbuser ARN', allow({ Action: 'rds-db:connect', Resource: 'arn:aws:rds-db:us-east-1:123456789012:dbuser:cluster-ABCDEFGHIJKL/iamuser' })],
  ])('accepts %s', (_name, document) => {
    expect(parsePolicyDocument(JSON.stringify(document), 'identity').statements.length).toBeGreaterThan(0);
  });

  it.each([
    ['invalid JSON', '{"Version": "2012-10-17",', 'This policy contains invalid Json'],
    ['not an object', 'null', 'Syntax errors in policy.'],
    ['an unknown top-level element', { Version: '2012-10-17', Statements: [] }, 'Syntax errors in policy.'],
    ['an unknown Version', { Version: '2012-10-18', Statement: [] }, 'The policy failed legacy parsing'],
    ['an Effect in the wrong case', { Statement: [{ Effect: 'allow', Action: 's3:*', Resource: '*' }] }, 'The policy failed legacy parsing'],
    ['no Action', allow({ Resource: '*' }), 'Policy statement must contain actions.'],
    ['no Resource', allow({ Action: 's3:*' }), 'Policy statement must contain resources.'],
    ['an action without a vendor', allow({ Action: 'connect', Resource: '*' }), 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.'],
    ['an action with two colons', allow({ Action: 'rds:db:connect', Resource: '*' }), 'Actions/Condition can contain only one colon.'],
    ['a resource that is not an ARN', allow({ Action: 's3:*', Resource: 'my-bucket' }), 'Resource my-bucket must be in ARN format or "*".'],
    ['a principal', allow({ Principal: { AWS: '*' }, Action: 's3:*', Resource: '*' }), 'Policy document should not specify a principal.'],
    ['an empty statement list', { Version: '2012-10-17', Statement: [] }, 'Syntax errors in policy.'],
  ])('refuses %s', (_name, document, message) => {
    expect(refusal(document, 'identity')).toEqual({ code: 'MalformedPolicyDocument', message });
  });

  it('limits a managed policy to 6,144 characters without whitespace', () => {
    const actions = Array.from({ length: 400 }, (_, i) => `rds:Action${i}`);
    const document = JSON.stringify(allow({ Action: actions, Resource: '*' }), null, 8);
    expect(() => checkManagedPolicyDocument(document)).toThrow('Cannot exceed quota for PolicySize: 6144');
  });
});

describe('trust policy grammar', () => {
  const trust = (statement: object) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', ...statement }] });

  it.each([
    ['a resource', trust({ Principal: { Service: 'ec2.amazonaws.com' }, Resource: '*' }), 'Has prohibited field Resource'],
    [
      'no principal',
      trust({}),
      'Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!',
    ],
    ['a malformed service principal', trust({ Principal: { Service: 'monitoring' } }), 'Invalid principal in policy: "SERVICE":"monitoring"'],
    ['a non-STS action', trust({ Principal: { Service: 'ec2.amazonaws.com' }, Action: 's3:GetObject' }), 'AssumeRole policy may only specify STS AssumeRole actions.'],
  ])('refuses %s', (_name, document, message) => {
    expect(refusal(document, 'trust')).toEqual({ code: 'MalformedPolicyDocument', message });
  });

  it('refuses a role of its own account that does not exist', () => {
    const arn = 'arn:aws:iam::123456789012:role/missing';
    expect(refusal(trust({ Principal: { AWS: arn } }), 'trust', () => false)).toEqual({
      code: 'MalformedPolicyDocument',
      message: `Invalid principal in policy: "AWS":"${arn}"`,
    });
  });

  it('tells whether a service may assume the role', () => {
    const monitoring = parsePolicyDocument(JSON.stringify(trust({ Principal: { Service: ['monitoring.rds.amazonaws.com', 'ec2.amazonaws.com'] } })), 'trust');
    expect(trustPolicyAllowsService(monitoring, 'monitoring.rds.amazonaws.com')).toBe(true);
    expect(trustPolicyAllowsService(monitoring, 'lambda.amazonaws.com')).toBe(false);
    const denied = parsePolicyDocument(
      JSON.stringify({
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'monitoring.rds.amazonaws.com' }, Action: 'sts:*' },
          { Effect: 'Deny', Principal: { Service: 'monitoring.rds.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      }),
      'trust',
    );
    expect(trustPolicyAllowsService(denied, 'monitoring.rds.amazonaws.com')).toBe(false);
  });
});

import { DeterministicIds } from '../../../sandbox/deterministic-ids';
import type { ManagedPolicyRecord } from './managed-policy-record';

interface CatalogEntry {
  readonly name: string;
  readonly path: string;
  readonly description: string;
  /** Creation and last-edit times as the AWS Managed Policy Reference gives them (to the minute). */
  readonly created: string;
  readonly edited: string;
  readonly versionId: string;
  readonly document: object;
}

/**
 * The AWS managed policies a learner of these labs attaches, with the versions, dates and documents
 * the AWS Managed Policy Reference (docs.aws.amazon.com/aws-managed-policy/latest/reference/) lists.
 * AWS has over a thousand; the sandbox knows only these.
 */
const CATALOG: readonly CatalogEntry[] = [
  {
    name: 'AdministratorAccess',
    path: '/',
    description: 'Provides full access to AWS services and resources.',
    created: '2015-02-06T18:39:46Z',
    edited: '2015-02-06T18:39:46Z',
    versionId: 'v1',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
  },
  {
    name: 'AmazonRDSEnhancedMonitoringRole',
    path: '/service-role/',
    description: 'Provides access to Cloudwatch for RDS Enhanced Monitoring',
    created: '2015-11-11T19:58:00Z',
    edited: '2015-11-11T19:58:00Z',
    versionId: 'v1',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'EnableCreationAndManagementOfRDSCloudwatchLogGroups',
          Effect: 'Allow',
          Action: ['logs:CreateLogGroup', 'logs:PutRetentionPolicy'],
          Resource: ['arn:aws:logs:*:*:log-group:RDS*'],
        },
        {
          Sid: 'EnableCreationAndManagementOfRDSCloudwatchLogStreams',
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams', 'logs:GetLogEvents'],
          Resource: ['arn:aws:logs:*:*:log-group:RDS*:log-stream:*'],
        },
      ],
    },
  },
];

function record(entry: CatalogEntry): ManagedPolicyRecord {
  const arn = `arn:aws:iam::aws:policy${entry.path}${entry.name}`;
  const edited = Date.parse(entry.edited);
  return {
    policyName: entry.name,
    // The same in every account, as AWS's are; AWS's real ids are not published, so derived from the ARN.
    policyId: `ANPA${new DeterministicIds(`aws-managed-policy/${arn}`, { value: 0 }).upperAlnum(17)}`,
    path: entry.path,
    arn,
    description: entry.description,
    createDate: Date.parse(entry.created),
    updateDate: edited,
    defaultVersionId: entry.versionId,
    versions: [{ versionId: entry.versionId, document: JSON.stringify(entry.document, null, 4), isDefaultVersion: true, createDate: edited }],
    tags: [],
  };
}

let byArn: ReadonlyMap<string, ManagedPolicyRecord> | undefined;

/** The AWS managed policies by ARN (`arn:aws:iam::aws:policy/<path><name>`). */
export function awsManagedPolicies(): ReadonlyMap<string, ManagedPolicyRecord> {
  return (byArn ??= new Map(CATALOG.map((entry) => [`arn:aws:iam::aws:policy${entry.path}${entry.name}`, record(entry)])));
}

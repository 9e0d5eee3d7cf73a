import type { ServiceName } from '../../engine/service-name';
import type { CliShape } from './cli-shape';

/**
 * Members botocore merges into its models from `service-2.sdk-extras.json`: not part of the API, so
 * the SDK's schemas lack them, but the CLI offers them as options and its validator accepts them.
 * RDS's `SourceRegion` is turned into a `PreSignedUrl` before sending (see rds-presigned-url.ts).
 */
const SDK_EXTRA_MEMBERS: Partial<Record<ServiceName, Readonly<Record<string, readonly string[]>>>> = {
  rds: {
    CopyDBClusterSnapshotMessage: ['SourceRegion'],
    CreateDBClusterMessage: ['SourceRegion'],
    CopyDBSnapshotMessage: ['SourceRegion'],
    CreateDBInstanceReadReplicaMessage: ['SourceRegion'],
    StartDBInstanceAutomatedBackupsReplicationMessage: ['SourceRegion'],
  },
};

export function sdkExtraMembers(service: ServiceName, structure: string): readonly string[] {
  return SDK_EXTRA_MEMBERS[service]?.[structure] ?? [];
}

/** A plain string member of botocore's `String` shape, as the extras declare them. */
export class ExtraStringShape implements CliShape {
  readonly typeName = 'string';
  readonly name = 'String';
  readonly members: ReadonlyMap<string, CliShape> = new Map();
  readonly required: readonly string[] = [];
  readonly enumValues = undefined;
  readonly isIdempotencyToken = false;
  readonly isSensitive = false;
  readonly min = undefined;

  // A string has no element, key or value shapes; botocore would not ask for them either.
  get member(): CliShape {
    return this;
  }

  get key(): CliShape {
    return this;
  }

  get value(): CliShape {
    return this;
  }
}

import {
  BacktrackDBClusterCommand,
  CopyDBClusterSnapshotCommand,
  CreateDBClusterCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBInstanceCommand,
  DBClusterSnapshotAlreadyExistsFault,
  DescribeDBClusterBacktracksCommand,
  DescribeDBClustersCommand,
  DescribeDBClusterSnapshotsCommand,
  InvalidDBClusterStateFault,
  InvalidRestoreFault,
  RDSClient,
  RestoreDBClusterFromSnapshotCommand,
  RestoreDBClusterToPointInTimeCommand,
} from '@aws-sdk/client-rds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAppServer } from '../../src/server/start-app-server';
import { haveBoto3, runBoto3 } from './support/boto3';
import { haveRealAwsCli, runWithRealCli } from './support/real-aws-cli';
import { createSandbox, startEndpointServer, type TestSandbox, rdsClientFor } from './support/test-servers';

const MINUTE = 60_000;
const PASSWORD = 'Sup3r-Secret-Pass';

/** Snapshots, restore (incl. copy-on-write clones and encryption on restore) and backtrack, with the three real clients. */
describe('snapshots, restore and backtrack with the real clients', () => {
  let server: RunningAppServer;
  let sandbox: TestSandbox;
  let rds: RDSClient;
  const advance = (ms: number) => server.services.sandboxes.advanceClock(sandbox.id, ms, 'api');

  beforeAll(async () => {
    server = await startEndpointServer();
    sandbox = await createSandbox(server);
    rds = rdsClientFor(sandbox);
    await rds.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'shop',
        Engine: 'aurora-mysql',
        MasterUsername: 'admin',
        MasterUserPassword: PASSWORD,
        BacktrackWindow: 86400,
        PreferredBackupWindow: '03:00-03:30',
      }),
    );
    await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: 'ledger', Engine: 'aurora-postgresql', MasterUsername: 'pgadmin', MasterUserPassword: PASSWORD }));
    await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'shop-writer', DBClusterIdentifier: 'shop', Engine: 'aurora-mysql', DBInstanceClass: 'db.r6g.large' }));
    await advance(30 * MINUTE);
  });
  afterAll(async () => {
    rds?.destroy();
    await server?.close();
  });

  it('@aws-sdk/client-rds: manual snapshot, copy, restore, clone, point in time and backtrack', async () => {
    const created = await rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'shop', DBClusterSnapshotIdentifier: 'shop-snap' }));
    expect(created.DBClusterSnapshot).toMatchObject({ Status: 'creating', SnapshotType: 'manual', DBClusterIdentifier: 'shop' });
    expect(created.DBClusterSnapshot?.SnapshotCreateTime).toBeInstanceOf(Date);
    const duplicate = await rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'shop', DBClusterSnapshotIdentifier: 'shop-snap' })).catch((e: unknown) => e);
    expect(duplicate).toBeInstanceOf(DBClusterSnapshotAlreadyExistsFault);
    await advance(3 * MINUTE);
    const listed = await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterIdentifier: 'shop' }));
    // Sorted by identifier: the automated `rds:shop-...` before `shop-snap`.
    expect(listed.DBClusterSnapshots?.map((s) => [s.SnapshotType, s.Status])).toEqual([
      ['automated', 'available'],
      ['manual', 'available'],
    ]);
    const copy = await rds.send(new CopyDBClusterSnapshotCommand({ SourceDBClusterSnapshotIdentifier: 'shop-snap', TargetDBClusterSnapshotIdentifier: 'shop-snap-copy' }));
    expect(copy.DBClusterSnapshot?.Status).toBe('copying');

    const restored = await rds.send(new RestoreDBClusterFromSnapshotCommand({ DBClusterIdentifier: 'shop-restored', SnapshotIdentifier: 'shop-snap', Engine: 'aurora-mysql' }));
    expect(restored.DBCluster).toMatchObject({ Status: 'creating', Engine: 'aurora-mysql', DBClusterMembers: [] });

    const clone = await rds.send(
      new RestoreDBClusterToPointInTimeCommand({ DBClusterIdentifier: 'shop-clone', SourceDBClusterIdentifier: 'shop', RestoreType: 'copy-on-write', UseLatestRestorableTime: true }),
    );
    const source = (await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'shop' }))).DBClusters![0];
    expect(clone.DBCluster?.CloneGroupId).toBeTruthy();
    expect(source.CloneGroupId).toBe(clone.DBCluster?.CloneGroupId);

    const tooEarly = new Date(source.EarliestRestorableTime!.getTime() - 3_600_000);
    const outside = await rds
      .send(new RestoreDBClusterToPointInTimeCommand({ DBClusterIdentifier: 'shop-pitr', SourceDBClusterIdentifier: 'shop', RestoreToTime: tooEarly }))
      .catch((e: unknown) => e);
    expect(outside).toBeInstanceOf(InvalidRestoreFault);
    const pitr = await rds.send(
      new RestoreDBClusterToPointInTimeCommand({ DBClusterIdentifier: 'shop-pitr', SourceDBClusterIdentifier: 'shop', RestoreToTime: new Date(source.EarliestRestorableTime!.getTime() + MINUTE) }),
    );
    expect(pitr.DBCluster?.CloneGroupId).toBeUndefined();

    const backtrack = await rds.send(new BacktrackDBClusterCommand({ DBClusterIdentifier: 'shop', BacktrackTo: new Date(source.EarliestBacktrackTime!.getTime() + MINUTE) }));
    expect(backtrack.Status).toBe('applying');
    expect((await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'shop' }))).DBClusters![0].Status).toBe('backtracking');
    await advance(3 * MINUTE);
    const backtracks = await rds.send(new DescribeDBClusterBacktracksCommand({ DBClusterIdentifier: 'shop' }));
    expect(backtracks.DBClusterBacktracks?.map((b) => [b.BacktrackIdentifier, b.Status])).toEqual([[backtrack.BacktrackIdentifier, 'completed']]);

    const pg = await rds.send(new BacktrackDBClusterCommand({ DBClusterIdentifier: 'ledger', BacktrackTo: new Date(Date.now() - MINUTE) })).catch((e: unknown) => e);
    expect(pg).toBeInstanceOf(InvalidDBClusterStateFault);
    expect((pg as Error).message).toBe('Backtrack is not supported for aurora-postgresql DB clusters. Backtrack is available for Aurora MySQL only.');
  });

  it.runIf(haveRealAwsCli())('AWS CLI v2: snapshots, clone, backtrack and their errors', async () => {
    const ok = await runWithRealCli(
      `aws rds create-db-cluster-snapshot --db-cluster-identifier shop --db-cluster-snapshot-identifier cli-snap --query 'DBClusterSnapshot.[DBClusterSnapshotIdentifier,SnapshotType,Status]' --output text
aws rds describe-db-cluster-snapshots --db-cluster-identifier shop --snapshot-type automated --query 'length(DBClusterSnapshots)' --output text
aws rds restore-db-cluster-to-point-in-time --source-db-cluster-identifier shop --db-cluster-identifier cli-clone --restore-type copy-on-write --use-latest-restorable-time --query 'DBCluster.[Status,CloneGroupId!=null]' --output text
aws rds describe-db-cluster-backtracks --db-cluster-identifier shop --query 'length(DBClusterBacktracks)' --output text`,
      sandbox,
    );
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim().split('\n')).toEqual(['cli-snap\tmanual\tcreating', '1', 'creating\tTrue', '1']);

    const automated = await runWithRealCli(
      `name=$(aws rds describe-db-cluster-snapshots --db-cluster-identifier shop --snapshot-type automated --query 'DBClusterSnapshots[0].DBClusterSnapshotIdentifier' --output text)
aws rds delete-db-cluster-snapshot --db-cluster-snapshot-identifier "$name"`,
      sandbox,
    );
    expect(automated.status).toBe(254);
    expect(automated.stderr.trim()).toBe(
      'An error occurred (InvalidDBClusterSnapshotStateFault) when calling the DeleteDBClusterSnapshot operation: Only manual snapshots may be deleted.',
    );

    const pg = await runWithRealCli(`aws rds backtrack-db-cluster --db-cluster-identifier ledger --backtrack-to 2020-01-01T00:00:00Z`, sandbox);
    expect(pg.status).toBe(254);
    expect(pg.stderr.trim()).toBe(
      'An error occurred (InvalidDBClusterStateFault) when calling the BacktrackDBCluster operation: Backtrack is not supported for aurora-postgresql DB clusters. Backtrack is available for Aurora MySQL only.',
    );

    const outside = await runWithRealCli(
      `aws rds restore-db-cluster-to-point-in-time --source-db-cluster-identifier shop --db-cluster-identifier cli-pitr --restore-to-time 2001-01-01T00:00:00Z`,
      sandbox,
    );
    expect(outside.status).toBe(254);
    expect(outside.stderr.trim()).toMatch(
      /^An error occurred \(InvalidRestoreFault\) when calling the RestoreDBClusterToPointInTime operation: The requested point in time 2001-01-01T00:00:00.000Z is outside the restorable window of DB cluster shop: /,
    );

    const duplicate = await runWithRealCli(`aws rds create-db-cluster-snapshot --db-cluster-identifier shop --db-cluster-snapshot-identifier cli-snap`, sandbox);
    expect(duplicate.status).toBe(254);
    expect(duplicate.stderr.trim()).toBe(
      'An error occurred (DBClusterSnapshotAlreadyExistsFault) when calling the CreateDBClusterSnapshot operation: Cannot create the cluster snapshot because one with the identifier cli-snap already exists.',
    );
  });

  it.runIf(haveBoto3())('boto3: encrypting an unencrypted cluster by restoring its snapshot with a KMS key', async () => {
    await rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'shop', DBClusterSnapshotIdentifier: 'py-plain' }));
    await advance(3 * MINUTE);
    const result = await runBoto3(
      `kms = region_client('kms', 'us-east-1')
kms.create_alias(AliasName='alias/aurora-encryption-key', TargetKeyId=kms.create_key()['KeyMetadata']['KeyId'])
c = rds.restore_db_cluster_from_snapshot(DBClusterIdentifier='shop-encrypted', SnapshotIdentifier='py-plain', Engine='aurora-mysql', KmsKeyId='alias/aurora-encryption-key')['DBCluster']
emit({'encrypted': c['StorageEncrypted'], 'key': c['KmsKeyId'].startswith('arn:aws:kms:us-east-1:'), 'status': c['Status']})
d = rds.delete_db_cluster_snapshot(DBClusterSnapshotIdentifier='py-plain')['DBClusterSnapshot']
emit(d['DBClusterSnapshotIdentifier'])
rds.copy_db_cluster_snapshot(SourceDBClusterSnapshotIdentifier='shop-snap', TargetDBClusterSnapshotIdentifier='py-enc', KmsKeyId='alias/k')`,
      sandbox,
    );
    expect(result).toEqual([
      { encrypted: true, key: true, status: 'creating' },
      'py-plain',
      {
        error: {
          Code: 'InvalidParameterCombination',
          Message: 'Cannot specify KmsKeyId when copying an unencrypted DB cluster snapshot; restore it with KmsKeyId to get an encrypted cluster.',
          HTTPStatusCode: 400,
        },
      },
    ]);
    const missing = await runBoto3(`rds.describe_db_cluster_snapshots(DBClusterSnapshotIdentifier='nope')`, sandbox);
    expect(missing).toEqual({ error: { Code: 'DBClusterSnapshotNotFoundFault', Message: 'DBClusterSnapshot nope not found.', HTTPStatusCode: 404 } });
  });
});

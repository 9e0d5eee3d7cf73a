import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli';
import { FakeCliHost } from './fake-cli-host';

const COPY = 'aws rds copy-db-cluster-snapshot --source-db-cluster-snapshot-identifier a --target-db-cluster-snapshot-identifier b';

describe("RDS's --source-region (botocore's SDK extras and inject_presigned_url_rds)", () => {
  it('is an option of the operations the extras name, and becomes a PreSignedUrl for the source region', async () => {
    const host = new FakeCliHost();
    const result = await runCli(`${COPY} --source-region us-west-2 --region eu-west-1`, host);
    expect(result.exitCode).toBe(0);
    const input = host.calls[0].input;
    expect(input).not.toHaveProperty('SourceRegion');
    const url = new URL(String(input.PreSignedUrl));
    expect(url.host).toBe('rds.us-west-2.amazonaws.com');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      Action: 'CopyDBClusterSnapshot',
      SourceDBClusterSnapshotIdentifier: 'a',
      TargetDBClusterSnapshotIdentifier: 'b',
      DestinationRegion: 'eu-west-1',
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Expires': '3600',
    });
  });

  it('keeps a PreSignedUrl the caller gave, and still does not send SourceRegion', async () => {
    const host = new FakeCliHost();
    await runCli(`${COPY} --source-region us-west-2 --pre-signed-url https://example.com/presigned`, host);
    expect(host.calls[0].input).toMatchObject({ PreSignedUrl: 'https://example.com/presigned' });
    expect(host.calls[0].input).not.toHaveProperty('SourceRegion');
  });

  it('is accepted from --cli-input-json, and is no option of other operations', async () => {
    const host = new FakeCliHost();
    const fromJson = await runCli(`aws rds create-db-cluster --cli-input-json '{"DBClusterIdentifier":"c","Engine":"aurora-mysql","SourceRegion":"us-west-2"}'`, host);
    expect(fromJson.exitCode).toBe(0);
    expect(String(host.calls[0].input.PreSignedUrl)).toContain('Action=CreateDBCluster');
    const elsewhere = await runCli('aws rds describe-db-clusters --source-region us-west-2', new FakeCliHost());
    expect(elsewhere.exitCode).toBe(252);
    expect(elsewhere.stderr).toContain('Unknown options: --source-region, us-west-2');
  });
});

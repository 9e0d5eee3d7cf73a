const GIB = 1024 ** 3;

/** vCPUs of an instance size (`large` 2, `xlarge` 4, `8xlarge` 32). */
function vcpusOf(size: string): number {
  if (size === 'large' || size === 'medium' || size === 'small') return 2;
  if (size === 'xlarge') return 4;
  const match = /^(\d+)xlarge$/.exec(size);
  return match ? Number(match[1]) * 4 : 2;
}

/**
 * Memory of a provisioned DB instance class in bytes (the EC2 sizes behind the RDS classes:
 * memory-optimised r-families 8 GiB per vCPU, x2g 16, burstable t3/t4g medium 4 GiB and large 8).
 * `db.serverless` memory follows capacity (2 GiB per ACU) and is handled by the caller.
 */
export function instanceClassMemoryBytes(instanceClass: string): number {
  const [, family = '', size = ''] = instanceClass.split('.');
  if (family.startsWith('t')) return (size === 'large' ? 8 : size === 'small' ? 2 : 4) * GIB;
  const perVcpu = family.startsWith('x2') ? 16 : 8;
  return vcpusOf(size) * perVcpu * GIB;
}

/** Aurora Serverless v2: each ACU is about 2 GiB of memory. */
export const BYTES_PER_ACU = 2 * GIB;

/** vCPUs of a provisioned DB instance class (`db.r5.2xlarge` 8). */
export function instanceClassVcpus(instanceClass: string): number {
  return vcpusOf(instanceClass.split('.')[2] ?? '');
}

import { seededLowerAlnum } from '../../sandbox/deterministic-ids';

/**
 * The 12-character part AWS puts in every RDS endpoint of an account and region
 * (`<id>.cluster-<suffix>.<region>.rds.amazonaws.com`, `<id>.<suffix>...`): fixed per sandbox
 * and region, derived from the seed alone so it never depends on request order.
 */
export function endpointSuffix(seed: string, region: string): string {
  return seededLowerAlnum(seed, `rds-endpoint-suffix/${region}`, 12);
}

export function clusterEndpoint(identifier: string, suffix: string, region: string): string {
  return `${identifier}.cluster-${suffix}.${region}.rds.amazonaws.com`;
}

export function clusterReaderEndpoint(identifier: string, suffix: string, region: string): string {
  return `${identifier}.cluster-ro-${suffix}.${region}.rds.amazonaws.com`;
}

export function instanceEndpoint(identifier: string, suffix: string, region: string): string {
  return `${identifier}.${suffix}.${region}.rds.amazonaws.com`;
}

/** Route 53 zones RDS endpoints live in, per region (as DescribeDBClusters reports them). */
const HOSTED_ZONE_IDS: Readonly<Record<string, string>> = {
  'us-east-1': 'Z2R2ITUGPM61AM',
  'us-east-2': 'Z2XHWR1WZ565X2',
  'us-west-1': 'Z10WI91S59XXQN',
  'us-west-2': 'Z1PVIF0B656C1W',
  'ca-central-1': 'Z1J7F1DQ4O1RDN',
  'eu-west-1': 'Z29XKXDKYMONMX',
  'eu-west-2': 'Z1G7PVHPS0Y9O4',
  'eu-central-1': 'Z1RLNUO7B9Q6NB',
  'eu-north-1': 'Z2GA6X3P3UN6HV',
  'ap-south-1': 'Z2VFMSZA74J7XZ',
  'ap-northeast-1': 'Z24O6O9L7SGTNB',
  'ap-northeast-2': 'Z1W9GUF3Q8Z8BZ',
  'ap-southeast-1': 'Z2G0U3KFCY8NZ5',
  'ap-southeast-2': 'Z2VFK6WL0RC3W7',
  'sa-east-1': 'Z2IH3ZS0NBX4WF',
};

export function hostedZoneId(region: string): string {
  return HOSTED_ZONE_IDS[region] ?? 'Z2R2ITUGPM61AM';
}

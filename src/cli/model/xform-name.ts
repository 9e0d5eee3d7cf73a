/**
 * botocore's `xform_name` (botocore/__init__.py of the CLI v2 the Debian package ships): how
 * model names become CLI names. `CreateDBCluster` -> `create-db-cluster`,
 * `EnableIAMDatabaseAuthentication` -> `enable-iam-database-authentication`, `MultiAZ` -> `multi-az`.
 */
const FIRST_CAP = /(.)([A-Z][a-z]+)/g;
const END_CAP = /([a-z0-9])([A-Z])/g;
/** Pluralised acronyms: GatewayARNs, ListWebACLs, SomeCNAMEs. */
const SPECIAL_CASE = /[A-Z]{2,}s$/;

/** Names the regexes get wrong, prepopulated in botocore's cache. */
const KNOWN: Readonly<Record<string, string>> = {
  CreateCachediSCSIVolume: 'create_cached_iscsi_volume',
  DescribeCachediSCSIVolumes: 'describe_cached_iscsi_volumes',
  DescribeStorediSCSIVolumes: 'describe_stored_iscsi_volumes',
  CreateStorediSCSIVolume: 'create_stored_iscsi_volume',
  ListHITsForQualificationType: 'list_hits_for_qualification_type',
  ExecutePartiQLStatement: 'execute_partiql_statement',
  ExecutePartiQLTransaction: 'execute_partiql_transaction',
  ExecutePartiQLBatch: 'execute_partiql_batch',
};

const cache = new Map<string, string>();

export function xformName(name: string, sep = '_'): string {
  if (name.includes(sep)) return name;
  const key = `${sep}\0${name}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  let transformed: string;
  const known = KNOWN[name];
  if (known !== undefined) transformed = known.replace(/_/g, sep);
  else {
    let working = name;
    const special = SPECIAL_CASE.exec(working);
    if (special) working = working.slice(0, -special[0].length) + sep + special[0].toLowerCase();
    const s1 = working.replace(FIRST_CAP, `$1${sep}$2`);
    transformed = s1.replace(END_CAP, `$1${sep}$2`).toLowerCase();
  }
  cache.set(key, transformed);
  return transformed;
}

/** The CLI spelling of a model name: `xform_name(name, '-')`. */
export function cliName(name: string): string {
  return xformName(name, '-');
}

import { isValidIdentifier } from '../identifiers';
import { activeMembersOf } from '../clusters/cluster-members';
import { invalidParameterCombination, invalidParameterValue } from '../rds-errors';
import type { RdsRegionState } from '../rds-state';
import type { CustomEndpointType } from './db-cluster-endpoint-record';

/** Custom endpoints per cluster (UG/CHAP_Limits.html, FACTS.md §2). */
export const MAX_CUSTOM_ENDPOINTS_PER_CLUSTER = 5;

/** Same rules as a cluster identifier; stored lowercase (BC DBClusterEndpointIdentifier). */
export function checkEndpointIdentifier(value: string): string {
  if (!isValidIdentifier(value)) {
    throw invalidParameterValue(
      'The parameter DBClusterEndpointIdentifier is not a valid identifier. Identifiers must begin with a letter; must contain only ASCII letters, digits, and hyphens; and must not end with a hyphen or contain two consecutive hyphens.',
    );
  }
  return value.toLowerCase();
}

/**
 * `EndpointType` of a custom endpoint: READER or ANY (any case, as the CLI examples send
 * `reader`). WRITER is in the API's wording but Aurora's custom endpoints cannot be writers.
 */
export function checkCustomEndpointType(value: string): CustomEndpointType {
  const upper = value.toUpperCase();
  if (upper === 'READER' || upper === 'ANY') return upper;
  throw invalidParameterValue(`Invalid endpoint type: ${value}. Valid values are READER and ANY.`);
}

/**
 * StaticMembers / ExcludedMembers: instances of this cluster, lowercased and de-duplicated. The
 * two lists are exclusive (ExcludedMembers "is relevant only if the list of static members is
 * empty", API/API_CreateDBClusterEndpoint.html).
 */
export function checkEndpointMembers(
  rds: RdsRegionState,
  clusterIdentifier: string,
  staticMembers: readonly string[] | undefined,
  excludedMembers: readonly string[] | undefined,
): { staticMembers: string[] | undefined; excludedMembers: string[] | undefined } {
  if ((staticMembers?.length ?? 0) > 0 && (excludedMembers?.length ?? 0) > 0) {
    throw invalidParameterCombination('StaticMembers and ExcludedMembers cannot both be specified.');
  }
  const members = new Set(activeMembersOf(rds, clusterIdentifier).map((instance) => instance.identifier));
  const check = (list: readonly string[] | undefined, parameter: string) => {
    if (list === undefined) return undefined;
    const lowered = [...new Set(list.map((id) => id.toLowerCase()))];
    const outside = lowered.filter((id) => !members.has(id));
    if (outside.length > 0) {
      throw invalidParameterValue(`${parameter} [${outside.join(', ')}] are not DB instances of DB cluster ${clusterIdentifier}.`);
    }
    return lowered;
  };
  return { staticMembers: check(staticMembers, 'StaticMembers'), excludedMembers: check(excludedMembers, 'ExcludedMembers') };
}

import type { ServiceName } from '../../../engine/service-name';
import type { CliShape } from '../../model/cli-shape';
import { pyJsonLoads } from '../../python/py-json';
import { isPyDict, isPyList, type PyValue } from '../../python/py-value';

/**
 * Output members of botocore's IAM model typed `policyDocumentType` (by structure and member; the
 * SDK's schemas do not keep that shape name).
 */
const POLICY_DOCUMENT_MEMBERS = new Set([
  'Role.AssumeRolePolicyDocument',
  'RoleDetail.AssumeRolePolicyDocument',
  'PolicyVersion.Document',
  'PolicyDetail.PolicyDocument',
  'GetRolePolicyResponse.PolicyDocument',
  'GetUserPolicyResponse.PolicyDocument',
  'GetGroupPolicyResponse.PolicyDocument',
]);

/** botocore's `decode_quoted_jsondoc`: `json.loads(unquote(value))`, or the value as it was. */
function decodeQuotedJsonDoc(value: string): PyValue {
  try {
    return pyJsonLoads(decodeURIComponent(value));
  } catch {
    return value;
  }
}

function decodePolicyTypes(parsed: PyValue, shape: CliShape): void {
  if (shape.typeName === 'structure' && isPyDict(parsed)) {
    for (const [name, member] of shape.members) {
      if (!(name in parsed)) continue;
      const value = parsed[name];
      if (member.typeName === 'string' && POLICY_DOCUMENT_MEMBERS.has(`${shape.name}.${name}`) && typeof value === 'string') {
        parsed[name] = decodeQuotedJsonDoc(value);
      } else {
        decodePolicyTypes(value, member);
      }
    }
  } else if (shape.typeName === 'list' && isPyList(parsed)) {
    for (const item of parsed) decodePolicyTypes(item, shape.member);
  }
}

/**
 * botocore's `after-call.iam` handler `json_decode_policies`: IAM returns policy documents
 * URL-encoded, and the CLI shows them decoded into JSON objects.
 */
export function afterCall(service: ServiceName, parsed: PyValue | undefined, outputShape: CliShape): void {
  if (service === 'iam' && parsed !== undefined) decodePolicyTypes(parsed, outputShape);
}

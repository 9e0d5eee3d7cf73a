import type { Policy, PolicyVersion } from '@aws-sdk/client-iam';
import { encodePolicyDocument } from '../documents/encode-policy-document';
import { renderIamTags } from '../render-iam-tags';
import type { ManagedPolicyRecord, PolicyVersionRecord } from './managed-policy-record';

/**
 * A managed policy as IAM returns it. `Description` only comes back from `GetPolicy` (the API
 * reference says `CreatePolicy` and `ListPolicies` leave it out); tags only from create and get.
 */
export function renderPolicy(policy: ManagedPolicyRecord, attachmentCount: number, view: 'create' | 'get' | 'list'): Policy {
  const out: Policy = {
    PolicyName: policy.policyName,
    PolicyId: policy.policyId,
    Arn: policy.arn,
    Path: policy.path,
    DefaultVersionId: policy.defaultVersionId,
    AttachmentCount: attachmentCount,
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    CreateDate: new Date(policy.createDate),
    UpdateDate: new Date(policy.updateDate),
  };
  if (view === 'get' && policy.description !== null) out.Description = policy.description;
  if (view !== 'list' && policy.tags.length > 0) out.Tags = renderIamTags(policy.tags);
  return out;
}

export function renderPolicyVersion(version: PolicyVersionRecord): PolicyVersion {
  return {
    Document: encodePolicyDocument(version.document),
    VersionId: version.versionId,
    IsDefaultVersion: version.isDefaultVersion,
    CreateDate: new Date(version.createDate),
  };
}

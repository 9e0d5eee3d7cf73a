import { limitExceeded, malformedPolicyDocument } from '../iam-errors';

/** A statement of a policy that passed validation, its single-or-list elements normalised to lists. */
export interface PolicyStatement {
  readonly effect: 'Allow' | 'Deny';
  readonly actions: readonly string[] | null;
  readonly notActions: readonly string[] | null;
  /** `Principal` by type (`AWS`, `Service`, ...); `'*'` for `"Principal": "*"`. */
  readonly principal: Readonly<Record<string, readonly string[]>> | '*' | null;
}

export interface PolicyDocument {
  readonly statements: readonly PolicyStatement[];
}

/**
 * What the document is for: a permissions (identity) policy — managed or inline — needs resources
 * and refuses principals; a role's trust policy needs principals, refuses resources and may only
 * grant STS actions.
 */
export type PolicyKind = 'identity' | 'trust';

const VERSIONS = new Set(['2012-10-17', '2008-10-17']);
const TOP_LEVEL = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_KEYS = new Set(['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);
const PRINCIPAL_TYPES = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);
const SYNTAX_ERRORS = 'Syntax errors in policy.';
const LEGACY_PARSING = 'The policy failed legacy parsing';
const NO_PRINCIPALS = 'Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!';

/** IAM's size quotas count the document without whitespace (IAM User Guide, IAM and STS quotas). */
export function sizeWithoutWhitespace(text: string): number {
  return text.replace(/\s/g, '').length;
}

/** A managed policy document: at most 6,144 characters, whitespace not counted. */
export const MANAGED_POLICY_SIZE = 6144;
/** A role trust policy: at most 2,048 characters by default (quota `ACLSizePerRole`). */
export const TRUST_POLICY_SIZE = 2048;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string or a non-empty list of strings, as every policy element that names things takes. */
function stringList(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || !list.every((item): item is string => typeof item === 'string')) throw malformedPolicyDocument(SYNTAX_ERRORS);
  return list;
}

function checkAction(action: string): void {
  if (action === '*') return;
  const parts = action.split(':');
  if (parts.length < 2 || parts[0] === '') throw malformedPolicyDocument('Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.');
  if (parts.length > 2) throw malformedPolicyDocument('Actions/Condition can contain only one colon.');
  if (/[*?]/.test(parts[0])) throw malformedPolicyDocument('Action vendors (e.g., aws, ec2, etc.) must not contain wildcards');
  if (!/^[a-zA-Z0-9-]+$/.test(parts[0])) throw malformedPolicyDocument(`Vendor ${parts[0]} is not valid`);
}

/** `*`, or an ARN: `arn:partition:service:region:account:resource` (region and account may be empty or wildcards). */
function checkResource(resource: string): void {
  if (resource === '*') return;
  const parts = resource.split(':');
  if (parts.length < 6 || parts[0] !== 'arn' || parts[1] === '' || parts[2] === '') {
    throw malformedPolicyDocument(`Resource ${resource} must be in ARN format or "*".`);
  }
}

const ACCOUNT_ID = /^\d{12}$/;
const IAM_PRINCIPAL_ARN = /^arn:aws:(iam|sts)::(\d{12}|aws):(root|(user|role|assumed-role|group|federated-user)\/.+)$/;
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.(amazonaws\.com(\.cn)?|aws\.internal)$/;

function invalidPrincipal(type: string, value: string) {
  return malformedPolicyDocument(`Invalid principal in policy: "${type.toUpperCase()}":"${value}"`);
}

function principalOf(value: unknown, roleExists: (arn: string) => boolean): PolicyStatement['principal'] {
  if (value === '*') return '*';
  if (!isRecord(value) || Object.keys(value).length === 0) throw malformedPolicyDocument(SYNTAX_ERRORS);
  const principal: Record<string, readonly string[]> = {};
  for (const [type, ids] of Object.entries(value)) {
    if (!PRINCIPAL_TYPES.has(type)) throw malformedPolicyDocument(SYNTAX_ERRORS);
    const list = stringList(ids);
    for (const id of list) {
      if (type === 'Service' && !SERVICE_PRINCIPAL.test(id)) throw invalidPrincipal(type, id);
      if (type === 'AWS' && id !== '*' && !ACCOUNT_ID.test(id)) {
        // IAM resolves a principal of its own account to the entity's unique id, so it must exist.
        if (!IAM_PRINCIPAL_ARN.test(id) || !roleExists(id)) throw invalidPrincipal(type, id);
      }
    }
    principal[type] = list;
  }
  return principal;
}

function statementOf(raw: unknown, kind: PolicyKind, roleExists: (arn: string) => boolean): PolicyStatement {
  if (!isRecord(raw)) throw malformedPolicyDocument(SYNTAX_ERRORS);
  for (const key of Object.keys(raw)) {
    if (!STATEMENT_KEYS.has(key)) throw malformedPolicyDocument(SYNTAX_ERRORS);
  }
  if (raw.Sid !== undefined && typeof raw.Sid !== 'string') throw malformedPolicyDocument(SYNTAX_ERRORS);
  if (raw.Effect !== 'Allow' && raw.Effect !== 'Deny') throw malformedPolicyDocument(LEGACY_PARSING);
  if (raw.Action !== undefined && raw.NotAction !== undefined) throw malformedPolicyDocument(SYNTAX_ERRORS);
  if (raw.Action === undefined && raw.NotAction === undefined) throw malformedPolicyDocument('Policy statement must contain actions.');
  const actions = raw.Action === undefined ? null : stringList(raw.Action);
  const notActions = raw.NotAction === undefined ? null : stringList(raw.NotAction);
  for (const action of [...(actions ?? []), ...(notActions ?? [])]) checkAction(action);
  if (raw.Condition !== undefined && (!isRecord(raw.Condition) || !Object.values(raw.Condition).every(isRecord))) {
    throw malformedPolicyDocument(SYNTAX_ERRORS);
  }
  const hasPrincipal = raw.Principal !== undefined || raw.NotPrincipal !== undefined;
  if (kind === 'identity') {
    if (hasPrincipal) throw malformedPolicyDocument('Policy document should not specify a principal.');
    if (raw.Resource !== undefined && raw.NotResource !== undefined) throw malformedPolicyDocument(SYNTAX_ERRORS);
    if (raw.Resource === undefined && raw.NotResource === undefined) throw malformedPolicyDocument('Policy statement must contain resources.');
    for (const resource of stringList(raw.Resource ?? raw.NotResource)) checkResource(resource);
    return { effect: raw.Effect, actions, notActions, principal: null };
  }
  if (raw.Resource !== undefined) throw malformedPolicyDocument('Has prohibited field Resource');
  if (raw.NotResource !== undefined) throw malformedPolicyDocument('Has prohibited field NotResource');
  if (!hasPrincipal) throw malformedPolicyDocument(NO_PRINCIPALS);
  if (raw.Principal !== undefined && raw.NotPrincipal !== undefined) throw malformedPolicyDocument(SYNTAX_ERRORS);
  const principal = principalOf(raw.Principal ?? raw.NotPrincipal, roleExists);
  for (const action of [...(actions ?? []), ...(notActions ?? [])]) {
    if (action !== '*' && !action.toLowerCase().startsWith('sts:')) {
      throw malformedPolicyDocument('AssumeRole policy may only specify STS AssumeRole actions.');
    }
  }
  return { effect: raw.Effect, actions, notActions, principal: raw.Principal === undefined ? null : principal };
}

/**
 * Parses and checks a policy document against IAM's policy grammar (IAM User Guide, "Grammar of
 * the IAM JSON policy language" and "IAM JSON policy elements"), refusing it with IAM's
 * `MalformedPolicyDocument` messages. `roleExists` answers whether a principal ARN of the sandbox's
 * own account names an existing role (others are taken on trust).
 */
export function parsePolicyDocument(text: string, kind: PolicyKind, roleExists: (arn: string) => boolean = () => true): PolicyDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw malformedPolicyDocument('This policy contains invalid Json');
  }
  if (!isRecord(parsed)) throw malformedPolicyDocument(SYNTAX_ERRORS);
  for (const key of Object.keys(parsed)) {
    if (!TOP_LEVEL.has(key)) throw malformedPolicyDocument(SYNTAX_ERRORS);
  }
  if (parsed.Version !== undefined && (typeof parsed.Version !== 'string' || !VERSIONS.has(parsed.Version))) {
    throw malformedPolicyDocument(LEGACY_PARSING);
  }
  if (parsed.Id !== undefined && typeof parsed.Id !== 'string') throw malformedPolicyDocument(SYNTAX_ERRORS);
  const rawStatements = Array.isArray(parsed.Statement) ? parsed.Statement : parsed.Statement === undefined ? [] : [parsed.Statement];
  if (rawStatements.length === 0) throw malformedPolicyDocument(SYNTAX_ERRORS);
  return { statements: rawStatements.map((raw: unknown) => statementOf(raw, kind, roleExists)) };
}

/** Checks a managed policy's document: grammar, then its size quota. */
export function checkManagedPolicyDocument(text: string): PolicyDocument {
  const document = parsePolicyDocument(text, 'identity');
  if (sizeWithoutWhitespace(text) > MANAGED_POLICY_SIZE) throw limitExceeded(`Cannot exceed quota for PolicySize: ${MANAGED_POLICY_SIZE}`);
  return document;
}

/** Checks a role's trust policy: grammar, principals, then its size quota. */
export function checkTrustPolicyDocument(text: string, roleExists: (arn: string) => boolean): PolicyDocument {
  const document = parsePolicyDocument(text, 'trust', roleExists);
  if (sizeWithoutWhitespace(text) > TRUST_POLICY_SIZE) throw limitExceeded(`Cannot exceed quota for ACLSizePerRole: ${TRUST_POLICY_SIZE}`);
  return document;
}

import { validationError } from './iam-errors';

/** A string constraint of IAM's model: length bounds and a pattern, quoted in messages as written. */
export interface StringConstraint {
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
}

export interface NumberConstraint {
  readonly min?: number;
  readonly max?: number;
}

/** The constraints of the IAM shapes the sandbox implements (IAM API reference, per parameter). */
export const IAM_CONSTRAINTS = {
  roleName: { min: 1, max: 64, pattern: '[\\w+=,.@-]+' },
  policyName: { min: 1, max: 128, pattern: '[\\w+=,.@-]+' },
  path: { min: 1, max: 512, pattern: '(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)' },
  policyPath: { min: 1, max: 512, pattern: '((/[A-Za-z0-9\\.,\\+@=_-]+)*)/' },
  pathPrefix: { min: 1, max: 512, pattern: '\\u002F[\\u0021-\\u007F]*' },
  policyDocument: { min: 1, max: 131072, pattern: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+' },
  roleDescription: { max: 1000, pattern: '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*' },
  policyDescription: { max: 1000 },
  arn: { min: 20, max: 2048 },
  marker: { min: 1, max: 320, pattern: '[\\u0020-\\u00FF]+' },
  policyVersionId: { pattern: 'v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?' },
  tagKey: { min: 1, max: 128, pattern: '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+' },
  tagValue: { min: 0, max: 256, pattern: '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*' },
} as const satisfies Record<string, StringConstraint>;

export const IAM_NUMBER_CONSTRAINTS = {
  maxSessionDuration: { min: 3600, max: 43200 },
  maxItems: { min: 1, max: 1000 },
} as const satisfies Record<string, NumberConstraint>;

const compiled = new Map<string, RegExp>();

function fullMatch(pattern: string): RegExp {
  let regex = compiled.get(pattern);
  if (!regex) {
    regex = new RegExp(`^(?:${pattern})$`, 'u');
    compiled.set(pattern, regex);
  }
  return regex;
}

/**
 * Collects every constraint a request breaks, then throws them together as IAM does:
 * `2 validation errors detected: Value 'x' at 'roleName' failed to satisfy constraint: ...; ...`.
 */
export class ConstraintCheck {
  private readonly violations: string[] = [];

  string(member: string, value: string | undefined, constraint: StringConstraint): this {
    if (value === undefined) return this;
    const fail = (rule: string) => this.violations.push(`Value '${value}' at '${member}' failed to satisfy constraint: ${rule}`);
    // Lengths count UTF-16 code units, as IAM's Java service does.
    if (constraint.min !== undefined && value.length < constraint.min) fail(`Member must have length greater than or equal to ${constraint.min}`);
    else if (constraint.max !== undefined && value.length > constraint.max) fail(`Member must have length less than or equal to ${constraint.max}`);
    if (constraint.pattern !== undefined && value.length > 0 && !fullMatch(constraint.pattern).test(value)) {
      fail(`Member must satisfy regular expression pattern: ${constraint.pattern}`);
    }
    return this;
  }

  number(member: string, value: number | undefined, constraint: NumberConstraint): this {
    if (value === undefined) return this;
    const fail = (rule: string) => this.violations.push(`Value '${value}' at '${member}' failed to satisfy constraint: ${rule}`);
    if (constraint.min !== undefined && value < constraint.min) fail(`Member must have value greater than or equal to ${constraint.min}`);
    else if (constraint.max !== undefined && value > constraint.max) fail(`Member must have value less than or equal to ${constraint.max}`);
    return this;
  }

  tags(tags: readonly { readonly Key?: string; readonly Value?: string }[] | undefined): this {
    if (tags === undefined) return this;
    if (tags.length > 50) {
      this.violations.push(`Value '[${tags.length} tags]' at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50`);
    }
    tags.forEach((tag, i) => {
      this.string(`tags.${i + 1}.member.key`, tag.Key, IAM_CONSTRAINTS.tagKey);
      this.string(`tags.${i + 1}.member.value`, tag.Value, IAM_CONSTRAINTS.tagValue);
    });
    return this;
  }

  throwIfAny(): void {
    if (this.violations.length > 0) throw validationError(this.violations);
  }
}

import type { NormalizedSchema } from '@smithy/core/schema';
import {
  invalidParameterValueError,
  missingParameterError,
  unknownParameterError,
} from '../protocols/query/query-request-errors';
import { jsonEnumError, jsonMemberPath, jsonValueNullError, type ConstraintErrorCode } from '../protocols/aws-json/json-validation-errors';
import type { ServiceName } from '../service-name';
import { listItemSegment, mapEntrySegment, mapValueSegment, memberParameterName } from './query-parameter-names';
import { enumValues, isJsonProtocol, requiredMembers, serviceModel, type WireProtocolName } from './service-model';
import { shapePlan, type ListPlan, type MapPlan, type ScalarPlan, type ShapePlan, type StructurePlan } from './shape-plan';

/** Checks one value; `parameter` is its name as the service's wire protocol spells it. */
type Check = (value: unknown, parameter: string) => void;

interface MemberCheck {
  readonly name: string;
  /** The member's name on the wire (`Filter` for EC2's `Filters`), used in messages. */
  readonly parameter: string;
  readonly required: boolean;
  readonly check: Check;
}

/** Longest rendering of a bad value in a message. */
const MAX_SHOWN = 200;

function shown(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  else if (typeof value === 'object' && value !== null) text = safeJson(value);
  else text = String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}...` : text;
}

function safeJson(value: object): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Uint8Array)
  );
}

function scalarCheck(plan: ScalarPlan): Check {
  switch (plan.kind) {
    case 'string':
      return (value, parameter) => {
        if (typeof value !== 'string') throw invalidParameterValueError(parameter, shown(value), 'Expected a string.');
      };
    case 'number':
    case 'bigDecimal':
      return (value, parameter) => {
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          throw invalidParameterValueError(parameter, shown(value), 'Expected a number.');
        }
      };
    case 'bigInteger':
      return (value, parameter) => {
        if (typeof value !== 'bigint' && !Number.isInteger(value)) {
          throw invalidParameterValueError(parameter, shown(value), 'Expected an integer.');
        }
      };
    case 'boolean':
      return (value, parameter) => {
        if (typeof value !== 'boolean') throw invalidParameterValueError(parameter, shown(value), 'Expected true or false.');
      };
    case 'timestamp':
      return (value, parameter) => {
        if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
          throw invalidParameterValueError(parameter, shown(value), 'Expected a timestamp.');
        }
      };
    case 'blob':
      return (value, parameter) => {
        if (!(value instanceof Uint8Array) && typeof value !== 'string') {
          throw invalidParameterValueError(parameter, shown(value), 'Expected binary data.');
        }
      };
    case 'document':
    case 'unit':
      return () => {};
  }
}

/** Adds the enum check to a string member, or to each item of a list of strings. */
function withEnum(check: Check, shape: ShapePlan, allowed: readonly string[], protocol: WireProtocolName, constraintCode: ConstraintErrorCode | undefined): Check {
  const allowedSet = new Set(allowed);
  const expectation = `Valid values: ${allowed.join(', ')}.`;
  const refuse = (value: unknown, parameter: string) =>
    constraintCode ? jsonEnumError(shown(value), parameter, allowed, constraintCode) : invalidParameterValueError(parameter, shown(value), expectation);
  const enumCheck: Check = (value, parameter) => {
    check(value, parameter);
    if (!allowedSet.has(value as string)) throw refuse(value, parameter);
  };
  if (shape.kind !== 'list') return enumCheck;
  const segment = listItemSegment(shape, false, protocol);
  return (value, parameter) => {
    check(value, parameter);
    (value as unknown[]).forEach((item, i) => {
      if (!allowedSet.has(item as string)) throw refuse(item, constraintCode ? `${parameter}.${i + 1}.member` : itemParameter(parameter, segment, i, protocol));
    });
  };
}

/** Query services on AWS's newer front end: the JSON services' constraint messages, as `ValidationError`. */
const CONSTRAINT_MESSAGE_QUERY_SERVICES: ReadonlySet<ServiceName> = new Set(['monitoring', 'iam', 'sts']);

/** The code a service answers constraint violations with in the "1 validation error detected" form, if it does. */
function constraintErrorCode(service: ServiceName, protocol: WireProtocolName): ConstraintErrorCode | undefined {
  if (isJsonProtocol(protocol)) return 'ValidationException';
  return CONSTRAINT_MESSAGE_QUERY_SERVICES.has(service) ? 'ValidationError' : undefined;
}

function itemParameter(parameter: string, segment: string | undefined, index: number, protocol: WireProtocolName): string {
  if (isJsonProtocol(protocol)) return `${parameter}.${index + 1}.member`;
  return segment === undefined ? `${parameter}.${index + 1}` : `${parameter}.${segment}.${index + 1}`;
}

/**
 * Compiles (once per service and shape) the checks of a shape: the walk of the model happens here,
 * so a request pays only for the members it actually sends.
 */
class InputValidatorCompiler {
  private readonly checks = new WeakMap<ShapePlan, Check>();

  private readonly constraintCode: ConstraintErrorCode | undefined;

  constructor(
    private readonly service: ServiceName,
    private readonly protocol: WireProtocolName,
  ) {
    this.constraintCode = constraintErrorCode(service, protocol);
  }

  checkOf(plan: ShapePlan): Check {
    const cached = this.checks.get(plan);
    if (cached) return cached;
    // A forwarding stub first, so a recursive shape finds its own check while being compiled.
    const compiled: { check?: Check } = {};
    this.checks.set(plan, (value, parameter) => compiled.check!(value, parameter));
    compiled.check = this.compile(plan);
    this.checks.set(plan, compiled.check);
    return compiled.check;
  }

  private compile(plan: ShapePlan): Check {
    switch (plan.kind) {
      case 'structure':
        return this.structureCheck(plan);
      case 'list':
        return this.listCheck(plan);
      case 'map':
        return this.mapCheck(plan);
      default:
        return scalarCheck(plan);
    }
  }

  private structureCheck(plan: StructurePlan): Check {
    const required = new Set(requiredMembers(this.service, plan.shapeName));
    const members = new Map<string, MemberCheck>();
    for (const member of plan.members) {
      const allowed = enumValues(this.service, plan.shapeName, member.name);
      const base = this.checkOf(member.shape);
      members.set(member.name, {
        name: member.name,
        parameter: this.constraintCode ? jsonMemberPath(member.name) : memberParameterName(member, this.protocol),
        required: required.has(member.name),
        check: allowed ? withEnum(base, member.shape, allowed, this.protocol, this.constraintCode) : base,
      });
    }
    const requiredChecks = [...members.values()].filter((m) => m.required);
    const protocol = this.protocol;
    const json = isJsonProtocol(protocol);
    const constraintCode = this.constraintCode;
    return (value, parameter) => {
      if (!isRecord(value)) {
        throw invalidParameterValueError(parameter || plan.shapeName, shown(value), 'Expected a structure.');
      }
      const prefix = parameter === '' ? '' : `${parameter}.`;
      for (const member of requiredChecks) {
        if (value[member.name] == null) {
          throw constraintCode ? jsonValueNullError(prefix + member.parameter, constraintCode) : missingParameterError(prefix + member.parameter);
        }
      }
      for (const name in value) {
        const memberValue = value[name];
        const member = members.get(name);
        if (!member) {
          // AWS's JSON front end ignores members the model does not name.
          if (memberValue === undefined || json) continue;
          throw unknownParameterError(protocol, prefix + name);
        }
        if (memberValue != null) member.check(memberValue, prefix + member.parameter);
      }
    };
  }

  private listCheck(plan: ListPlan): Check {
    const item = this.checkOf(plan.item);
    const segment = listItemSegment(plan, false, this.protocol);
    return (value, parameter) => {
      if (!Array.isArray(value)) throw invalidParameterValueError(parameter, shown(value), 'Expected a list.');
      for (let i = 0; i < value.length; i++) {
        const itemValue: unknown = value[i];
        const itemName = this.constraintCode ? `${parameter}.${i + 1}.member` : itemParameter(parameter, segment, i, this.protocol);
        if (itemValue == null) throw invalidParameterValueError(itemName, shown(itemValue), 'List items cannot be empty.');
        item(itemValue, itemName);
      }
    };
  }

  private mapCheck(plan: MapPlan): Check {
    const entryValue = this.checkOf(plan.value);
    const entrySegment = mapEntrySegment(false);
    const valueSegment = mapValueSegment(plan, this.protocol);
    return (value, parameter) => {
      if (!isRecord(value)) throw invalidParameterValueError(parameter, shown(value), 'Expected a map.');
      let n = 0;
      for (const key in value) {
        n++;
        const v = value[key];
        const name = `${parameter}.${entrySegment}.${n}.${valueSegment}`;
        if (v == null) throw missingParameterError(name);
        entryValue(v, name);
      }
    };
  }
}

const compilers = new Map<ServiceName, InputValidatorCompiler>();

function compilerFor(service: ServiceName): InputValidatorCompiler {
  let compiler = compilers.get(service);
  if (!compiler) compilers.set(service, (compiler = new InputValidatorCompiler(service, serviceModel(service).protocol)));
  return compiler;
}

/**
 * Checks an operation input against the model: required members present (`MissingParameter`,
 * "The request must contain the parameter X"), enum values allowed and member types right
 * (`InvalidParameterValue`, "Value (v) for parameter X is invalid. ..."), and no member the model
 * lacks (the protocol's unknown-parameter error). Inputs come from a wire decoder or straight from
 * the CLI emulator and lab checks as plain objects; `undefined`/`null` members count as absent.
 *
 * Nested members are named as the service's wire protocol names them, which is what AWS echoes:
 * `Tags.Tag.1.Key` for RDS, `Filter.1.Name` for EC2.
 */
export function validateInput(service: ServiceName, schema: NormalizedSchema, input: Record<string, unknown>): void {
  const plan = shapePlan(schema);
  if (plan.kind === 'structure') {
    compilerFor(service).checkOf(plan)(input, '');
    return;
  }
  // An operation modelled with no input (Smithy `Unit`) takes no parameters at all.
  if (isJsonProtocol(serviceModel(service).protocol)) return;
  for (const name in input) {
    if (input[name] !== undefined) throw unknownParameterError(serviceModel(service).protocol, name);
  }
}

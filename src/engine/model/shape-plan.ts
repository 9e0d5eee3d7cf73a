import type { NormalizedSchema } from '@smithy/core/schema';

/**
 * A shape of the SDK model compiled once into plain data: what kind of value it holds, its members
 * in model order and the naming traits the wire protocols need. Decoders, encoders and input
 * validation walk plans instead of re-deriving this from `NormalizedSchema` on every request.
 */
export type ShapePlan = StructurePlan | ListPlan | MapPlan | ScalarPlan;

export type ScalarKind =
  | 'string'
  | 'number'
  | 'boolean'
  | 'timestamp'
  | 'blob'
  | 'bigInteger'
  | 'bigDecimal'
  | 'document'
  | 'unit';

export interface ScalarPlan {
  readonly kind: ScalarKind;
  /** Smithy timestamp schema id: 4 default, 5 date-time, 6 http-date, 7 epoch-seconds. */
  readonly timestampFormat: number;
}

export interface StructurePlan {
  readonly kind: 'structure';
  /** Short shape name (`CreateDBClusterMessage`), the key of the model facts tables. */
  readonly shapeName: string;
  /** In model order; filled right after the plan is cached, so recursive shapes resolve. */
  readonly members: readonly MemberPlan[];
  readonly memberByName: ReadonlyMap<string, MemberPlan>;
}

export interface MemberPlan {
  readonly name: string;
  /** `xmlName` member trait, if any. */
  readonly xmlName: string | undefined;
  /** `ec2QueryName` member trait, if any. */
  readonly ec2QueryName: string | undefined;
  readonly xmlFlattened: boolean;
  readonly shape: ShapePlan;
}

export interface ListPlan {
  readonly kind: 'list';
  /** Naming traits of the list's `member`. */
  readonly itemXmlName: string | undefined;
  readonly itemEc2QueryName: string | undefined;
  readonly item: ShapePlan;
}

export interface MapPlan {
  readonly kind: 'map';
  readonly keyXmlName: string | undefined;
  readonly keyEc2QueryName: string | undefined;
  readonly valueXmlName: string | undefined;
  readonly valueEc2QueryName: string | undefined;
  readonly key: ShapePlan;
  readonly value: ShapePlan;
}

const planByTuple = new WeakMap<object, ShapePlan>();
const planById = new Map<string | number, ShapePlan>();

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function scalarKind(schema: NormalizedSchema): ScalarKind {
  if (schema.isStringSchema()) return 'string';
  if (schema.isNumericSchema()) return 'number';
  if (schema.isBooleanSchema()) return 'boolean';
  if (schema.isTimestampSchema()) return 'timestamp';
  if (schema.isBlobSchema()) return 'blob';
  if (schema.isBigIntegerSchema()) return 'bigInteger';
  if (schema.isBigDecimalSchema()) return 'bigDecimal';
  if (schema.isDocumentSchema()) return 'document';
  if (schema.isUnitSchema()) return 'unit';
  throw new Error(`unsupported schema ${String(schema.getName(true))}`);
}

function compile(schema: NormalizedSchema): ShapePlan {
  if (schema.isStructSchema()) {
    const members: MemberPlan[] = [];
    const memberByName = new Map<string, MemberPlan>();
    const plan: StructurePlan = { kind: 'structure', shapeName: schema.getName() ?? '', members, memberByName };
    remember(schema, plan);
    for (const [name, member] of schema.structIterator()) {
      const traits = member.getMergedTraits();
      const memberTraits = member.getMemberTraits();
      const memberPlan: MemberPlan = {
        name,
        // The SDK's XML reader names struct members by the member's own xmlName only.
        xmlName: optionalString(memberTraits.xmlName),
        ec2QueryName: optionalString(traits.ec2QueryName),
        xmlFlattened: Boolean(traits.xmlFlattened),
        shape: shapePlan(member),
      };
      members.push(memberPlan);
      memberByName.set(name, memberPlan);
    }
    return plan;
  }
  if (schema.isListSchema()) {
    const item = schema.getValueSchema();
    const traits = item.getMergedTraits();
    const plan: ListPlan = {
      kind: 'list',
      itemXmlName: optionalString(traits.xmlName),
      itemEc2QueryName: optionalString(traits.ec2QueryName),
      item: shapePlan(item),
    };
    return remember(schema, plan);
  }
  if (schema.isMapSchema()) {
    const key = schema.getKeySchema();
    const value = schema.getValueSchema();
    const keyTraits = key.getMergedTraits();
    const valueTraits = value.getMergedTraits();
    const plan: MapPlan = {
      kind: 'map',
      keyXmlName: optionalString(keyTraits.xmlName),
      keyEc2QueryName: optionalString(keyTraits.ec2QueryName),
      valueXmlName: optionalString(valueTraits.xmlName),
      valueEc2QueryName: optionalString(valueTraits.ec2QueryName),
      key: shapePlan(key),
      value: shapePlan(value),
    };
    return remember(schema, plan);
  }
  const raw = schema.getSchema();
  return remember(schema, { kind: scalarKind(schema), timestampFormat: typeof raw === 'number' ? raw : 0 });
}

function remember<P extends ShapePlan>(schema: NormalizedSchema, plan: P): P {
  const raw = schema.getSchema();
  if (typeof raw === 'object' && raw !== null) planByTuple.set(raw, plan);
  else planById.set(raw, plan);
  return plan;
}

/** The compiled plan of a schema (cached per target shape, shared by every member that uses it). */
export function shapePlan(schema: NormalizedSchema): ShapePlan {
  const raw = schema.getSchema();
  const cached = typeof raw === 'object' && raw !== null ? planByTuple.get(raw) : planById.get(raw);
  return cached ?? compile(schema);
}

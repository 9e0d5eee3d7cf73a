import type { NormalizedSchema } from '@smithy/core/schema';
import { serviceModel } from '../../engine/model/service-model';
import type { ServiceName } from '../../engine/service-name';
import { memberMinimums } from '../generated/member-minimums';
import { numericMemberKinds } from '../generated/numeric-member-kinds';

export type ShapeType = 'structure' | 'list' | 'map' | 'string' | 'integer' | 'long' | 'double' | 'float' | 'boolean' | 'timestamp' | 'blob' | 'document';

/**
 * A model shape as the CLI sees it (botocore's `Shape`): a type name, ordered members, required
 * members and enum values, built lazily from the SDK's `NormalizedSchema` (models are recursive).
 */
export interface CliShape {
  readonly typeName: ShapeType;
  /** The model's shape name (`CreateDBClusterMessage`, `TagList`), or the member name for simple types. */
  readonly name: string;
  /** Structure members in model order. */
  readonly members: ReadonlyMap<string, CliShape>;
  /** List element shape. */
  readonly member: CliShape;
  readonly key: CliShape;
  readonly value: CliShape;
  readonly required: readonly string[];
  readonly enumValues: readonly string[] | undefined;
  readonly isIdempotencyToken: boolean;
  readonly isSensitive: boolean;
  /** The model's `min`: a length for strings and lists, a value for numbers (botocore checks it before sending). */
  readonly min: number | undefined;
}

const SCALAR_TYPES: ReadonlySet<ShapeType> = new Set(['string', 'integer', 'long', 'double', 'float', 'boolean', 'timestamp', 'blob']);

export function isScalarType(type: ShapeType): boolean {
  return SCALAR_TYPES.has(type);
}

/** Where a member sits, to look up facts the runtime schema lacks. */
interface ShapeContext {
  readonly service: ServiceName;
  readonly container?: string;
  readonly memberName?: string;
}

export function cliShape(service: ServiceName, schema: NormalizedSchema): CliShape {
  return new SchemaShape(schema, { service });
}

class SchemaShape implements CliShape {
  private membersCache?: Map<string, CliShape>;
  private memberCache?: CliShape;
  private keyCache?: CliShape;
  private valueCache?: CliShape;
  readonly typeName: ShapeType;
  readonly name: string;

  constructor(
    private readonly schema: NormalizedSchema,
    private readonly context: ShapeContext,
  ) {
    this.name = schema.getName() ?? context.memberName ?? 'Unknown';
    this.typeName = this.computeType();
  }

  private computeType(): ShapeType {
    const s = this.schema;
    if (s.isListSchema()) return 'list';
    if (s.isMapSchema()) return 'map';
    if (s.isStructSchema()) return 'structure';
    if (s.isDocumentSchema()) return 'document';
    if (s.isStringSchema()) return 'string';
    if (s.isBooleanSchema()) return 'boolean';
    if (s.isTimestampSchema()) return 'timestamp';
    if (s.isBlobSchema()) return 'blob';
    if (s.isNumericSchema() || s.isBigIntegerSchema() || s.isBigDecimalSchema()) {
      const { container, memberName, service } = this.context;
      const kind = container && memberName ? numericMemberKinds[service]?.[`${container}.${memberName}`] : undefined;
      return kind ?? 'integer';
    }
    return 'string';
  }

  get members(): ReadonlyMap<string, CliShape> {
    if (!this.membersCache) {
      this.membersCache = new Map();
      if (this.typeName === 'structure') {
        for (const [memberName, memberSchema] of this.schema.structIterator()) {
          this.membersCache.set(memberName, new SchemaShape(memberSchema, { service: this.context.service, container: this.name, memberName }));
        }
      }
    }
    return this.membersCache;
  }

  get member(): CliShape {
    return (this.memberCache ??= new SchemaShape(this.schema.getValueSchema(), { service: this.context.service, container: this.name, memberName: 'member' }));
  }

  get key(): CliShape {
    return (this.keyCache ??= new SchemaShape(this.schema.getKeySchema(), { service: this.context.service, container: this.name, memberName: 'key' }));
  }

  get value(): CliShape {
    return (this.valueCache ??= new SchemaShape(this.schema.getValueSchema(), { service: this.context.service, container: this.name, memberName: 'value' }));
  }

  get required(): readonly string[] {
    if (this.typeName !== 'structure') return [];
    return serviceModel(this.context.service).facts.required[this.name] ?? [];
  }

  get min(): number | undefined {
    const { container, memberName, service } = this.context;
    return container && memberName ? memberMinimums[service]?.[`${container}.${memberName}`] : undefined;
  }

  get enumValues(): readonly string[] | undefined {
    const { container, memberName, service } = this.context;
    if (!container || !memberName) return undefined;
    const facts = serviceModel(service).facts;
    const table = facts.enums[container]?.[memberName];
    return table === undefined ? undefined : facts.enumValues[table];
  }

  get isIdempotencyToken(): boolean {
    return this.schema.isIdempotencyToken();
  }

  get isSensitive(): boolean {
    return Boolean(this.schema.getMergedTraits().sensitive);
  }
}
